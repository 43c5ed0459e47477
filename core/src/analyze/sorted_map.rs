//! [`SortedMap`]: a map kept as one vector sorted by key.
//!
//! The analysis builds its objects as a list already sorted by key, one entry per key, on the
//! workers; turning that list into a `BTreeMap` was a serial pass over tens of thousands of large
//! values (about 55 ms of the 100 MB estate's serial time, ADR 0015). This keeps the list
//! itself: building is a move, lookups are binary searches, iteration is in key order, and it
//! serialises and prints exactly as a `BTreeMap` of the same entries does.

use rayon::prelude::*;
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Borrow;
use std::fmt;

/// Entries sorted by key, one per key.
#[derive(Clone, PartialEq, Eq)]
pub struct SortedMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> Default for SortedMap<K, V> {
    fn default() -> Self {
        SortedMap { entries: Vec::new() }
    }
}

impl<K: Ord, V> SortedMap<K, V> {
    /// The map of `entries`, which must be sorted by key with no key twice (checked in debug
    /// builds; the analysis builds them that way).
    pub fn from_sorted(entries: Vec<(K, V)>) -> Self {
        debug_assert!(entries.windows(2).all(|w| w[0].0 < w[1].0), "SortedMap entries must be sorted and unique");
        SortedMap { entries }
    }

    fn index_of<Q>(&self, key: &Q) -> Option<usize>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.entries.binary_search_by(|(k, _)| k.borrow().cmp(key)).ok()
    }

    pub fn get<Q>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.index_of(key).map(|i| &self.entries[i].1)
    }

    pub fn get_mut<Q>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.index_of(key).map(|i| &mut self.entries[i].1)
    }

    pub fn contains_key<Q>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
        Q: Ord + ?Sized,
    {
        self.index_of(key).is_some()
    }
}

impl<K, V> SortedMap<K, V> {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&K, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }
}

impl<K: Sync, V: Sync> SortedMap<K, V> {
    /// Entries in parallel (collected in key order).
    pub fn par_iter(&self) -> impl IndexedParallelIterator<Item = (&K, &V)> {
        self.entries.par_iter().map(|(k, v)| (k, v))
    }
}

impl<K: Sync + Send, V: Send> SortedMap<K, V> {
    pub fn par_iter_mut(&mut self) -> impl IndexedParallelIterator<Item = (&K, &mut V)> {
        self.entries.par_iter_mut().map(|(k, v)| (&*k, v))
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for SortedMap<K, V> {
    /// Any order; for a key given twice the later value is kept, as `BTreeMap` does.
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut entries: Vec<(K, V)> = iter.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        // A stable sort keeps equal keys in the order given: keep the last of each run.
        let mut kept: Vec<(K, V)> = Vec::with_capacity(entries.len());
        for entry in entries {
            match kept.last_mut() {
                Some(last) if last.0 == entry.0 => *last = entry,
                _ => kept.push(entry),
            }
        }
        SortedMap { entries: kept }
    }
}

impl<'a, K, V> IntoIterator for &'a SortedMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<Q, K, V> std::ops::Index<&Q> for SortedMap<K, V>
where
    K: Borrow<Q> + Ord,
    Q: Ord + ?Sized,
{
    type Output = V;

    /// Panics when the key is absent, as `BTreeMap`'s index does; only for keys known present.
    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => panic!("SortedMap: no entry for the key"),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for SortedMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.entries.iter().map(|(k, v)| (k, v))).finish()
    }
}

impl<K: Serialize, V: Serialize> Serialize for SortedMap<K, V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (k, v) in &self.entries {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    proptest! {
        /// Built from any entries, it answers, iterates, serialises and prints as a `BTreeMap`.
        #[test]
        fn behaves_as_a_btreemap(entries in proptest::collection::vec((0u8..40, any::<i16>()), 0..60), probe in 0u8..45) {
            let sorted: SortedMap<u8, i16> = entries.iter().copied().collect();
            let tree: BTreeMap<u8, i16> = entries.iter().copied().collect();
            prop_assert_eq!(sorted.len(), tree.len());
            prop_assert_eq!(sorted.is_empty(), tree.is_empty());
            prop_assert_eq!(sorted.get(&probe), tree.get(&probe));
            prop_assert_eq!(sorted.contains_key(&probe), tree.contains_key(&probe));
            prop_assert!(sorted.iter().eq(tree.iter()));
            prop_assert!(sorted.par_iter().collect::<Vec<_>>().into_iter().eq(tree.iter()));
            prop_assert_eq!(serde_json::to_string(&sorted).ok(), serde_json::to_string(&tree).ok());
            prop_assert_eq!(format!("{sorted:?}"), format!("{tree:?}"));
            let again = SortedMap::from_sorted(tree.clone().into_iter().collect());
            prop_assert!(again == sorted);
        }
    }

    #[test]
    fn get_mut_changes_the_entry() {
        let mut m = SortedMap::from_sorted(vec![("a".to_string(), 1), ("b".to_string(), 2)]);
        if let Some(v) = m.get_mut("b") {
            *v = 5;
        }
        assert_eq!(m["b"], 5);
        assert_eq!(m.get("c"), None);
        m.par_iter_mut().for_each(|(_, v)| *v += 1);
        assert_eq!(m.values().copied().collect::<Vec<_>>(), vec![2, 6]);
    }
}
