//! Bytes -> text: byte order marks, UTF-16 sniffing, UTF-8, Windows-1252 fallback.

use serde::Serialize;

/// The encoding a script file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-8 with a byte order mark (what SSMS writes for "UTF-8 with signature").
    #[serde(rename = "utf-8-bom")]
    Utf8Bom,
    /// UTF-16 little endian, with or without a byte order mark (SSMS "Unicode").
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16 big endian, with or without a byte order mark.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Windows-1252, the SSMS "ANSI" default on Western systems.
    #[serde(rename = "windows-1252")]
    Windows1252,
}

impl Encoding {
    /// The name as written in reports (same as the serialised form).
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
        }
    }
}

impl std::fmt::Display for Encoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A decoded file: its text (without byte order mark) and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
    /// Some byte sequences were invalid in the detected encoding (unpaired UTF-16 surrogates, an
    /// odd trailing byte, invalid UTF-8 after a UTF-8 byte order mark) and became U+FFFD.
    pub lossy: bool,
}

/// Why a file could not be decoded as text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// A NUL byte without a UTF-16 byte order mark, and the bytes do not look like UTF-16.
    #[error("the file contains a NUL byte at offset {offset}, so it looks like binary data")]
    Binary { offset: usize },
    /// A UTF-32 byte order mark.
    #[error("the file has a UTF-32 byte order mark; UTF-32 is not supported")]
    Utf32,
}

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];

/// Decode a script file's bytes.
///
/// Order: UTF-32 byte order marks (an error), then the UTF-8 and UTF-16 byte order marks, then
/// BOM-less UTF-16 (sniffed), then NUL bytes (binary), then UTF-8, and Windows-1252 for the rest.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    // `FF FE 00 00` is also UTF-16 LE starting with U+0000, but no script starts with NUL, so the
    // UTF-32 reading wins; it must be checked before the UTF-16 mark it begins with.
    if bytes.starts_with(&[0xFF, 0xFE, 0x00, 0x00]) || bytes.starts_with(&[0x00, 0x00, 0xFE, 0xFF]) {
        return Err(DecodeError::Utf32);
    }
    if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        return Ok(decode_utf8_after_bom(rest));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(decode_utf16(rest, Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(decode_utf16(rest, Encoding::Utf16Be));
    }
    let Some(nul) = memchr::memchr(0, bytes) else {
        return Ok(decode_utf8_or_1252(bytes));
    };
    sniff_utf16(bytes).ok_or(DecodeError::Binary { offset: nul })
}

/// The byte order mark says UTF-8, so invalid sequences are damage, not another encoding.
fn decode_utf8_after_bom(rest: &[u8]) -> Decoded {
    match std::str::from_utf8(rest) {
        Ok(text) => Decoded { text: text.to_string(), encoding: Encoding::Utf8Bom, lossy: false },
        Err(_) => {
            Decoded { text: String::from_utf8_lossy(rest).into_owned(), encoding: Encoding::Utf8Bom, lossy: true }
        }
    }
}

fn decode_utf16(rest: &[u8], encoding: Encoding) -> Decoded {
    let (text, lossy) = utf16_codec(encoding).decode_without_bom_handling(rest);
    Decoded { text: text.into_owned(), encoding, lossy }
}

fn utf16_codec(encoding: Encoding) -> &'static encoding_rs::Encoding {
    if encoding == Encoding::Utf16Be {
        encoding_rs::UTF_16BE
    } else {
        encoding_rs::UTF_16LE
    }
}

/// Without a byte order mark, a file that is valid UTF-8 is UTF-8 (ASCII included); anything
/// else is what SSMS calls ANSI, i.e. Windows-1252 on the Western systems these scripts come from.
fn decode_utf8_or_1252(bytes: &[u8]) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded { text: text.to_string(), encoding: Encoding::Utf8, lossy: false },
        Err(_) => {
            // WHATWG Windows-1252 maps every byte (0x81 etc. to C1 controls), so it never fails.
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Decoded { text: text.into_owned(), encoding: Encoding::Windows1252, lossy: false }
        }
    }
}

/// UTF-16 without a byte order mark (written by some export tools): SQL is mostly ASCII, so in
/// UTF-16 LE nearly every odd byte is zero and almost no even byte is (mirrored for BE). Binary
/// data has zeros at both parities. To be accepted, the bytes must also decode without errors into
/// text without NULs or other control characters.
fn sniff_utf16(bytes: &[u8]) -> Option<Decoded> {
    if bytes.len() < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len() / 2;
    let zeros_even = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let zeros_odd = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |zeros: usize| zeros * 2 >= units;
    let hardly = |zeros: usize| zeros * 10 <= units;
    let encoding = if mostly(zeros_odd) && hardly(zeros_even) {
        Encoding::Utf16Le
    } else if mostly(zeros_even) && hardly(zeros_odd) {
        Encoding::Utf16Be
    } else {
        return None;
    };
    let text = utf16_codec(encoding).decode_without_bom_handling_and_without_replacement(bytes)?;
    let looks_like_text = text.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0c'));
    looks_like_text.then(|| Decoded { text: text.into_owned(), encoding, lossy: false })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // Tests unwrap what they built themselves.
mod tests {
    use super::*;

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()
    }

    fn utf16be(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect()
    }

    #[test]
    fn plain_utf8() {
        let d = decode("select 'é'".as_bytes()).unwrap();
        assert_eq!(d, Decoded { text: "select 'é'".into(), encoding: Encoding::Utf8, lossy: false });
    }

    #[test]
    fn utf8_bom_is_removed() {
        let mut bytes = UTF8_BOM.to_vec();
        bytes.extend_from_slice("select 1".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.lossy), ("select 1", Encoding::Utf8Bom, false));
    }

    #[test]
    fn utf8_bom_with_invalid_bytes_is_lossy() {
        let bytes = [0xEF, 0xBB, 0xBF, b'a', 0xFF, b'b'];
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.lossy), ("a\u{FFFD}b", Encoding::Utf8Bom, true));
    }

    #[test]
    fn utf16_le_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(utf16le("select N'ü😀'\r\nGO"));
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.lossy), ("select N'ü😀'\r\nGO", Encoding::Utf16Le, false));
    }

    #[test]
    fn utf16_be_with_bom() {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(utf16be("select 1"));
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("select 1", Encoding::Utf16Be));
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let d = decode(&utf16le("create table t (a int)\n")).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("create table t (a int)\n", Encoding::Utf16Le));
        let d = decode(&utf16be("select 'ä'")).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("select 'ä'", Encoding::Utf16Be));
    }

    #[test]
    fn lone_surrogate_is_replaced_and_lossy() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(utf16le("a"));
        bytes.extend(0xD800u16.to_le_bytes());
        bytes.extend(utf16le("b"));
        let d = decode(&bytes).unwrap();
        assert_eq!((d.text.as_str(), d.lossy), ("a\u{FFFD}b", true));
    }

    #[test]
    fn windows_1252_fallback() {
        let d = decode(&[b'c', 0xE9, b' ', 0x80]).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.lossy), ("cé €", Encoding::Windows1252, false));
    }

    #[test]
    fn binary_names_first_nul() {
        let bytes = [b'M', b'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04];
        assert_eq!(decode(&bytes), Err(DecodeError::Binary { offset: 3 }));
        // Zeros at both parities: not UTF-16.
        assert_eq!(decode(&[0, 0, 1, 0, 0, 2]), Err(DecodeError::Binary { offset: 0 }));
        // Zeros at odd positions but control characters when read as UTF-16.
        assert_eq!(decode(&[1, 0, 2, 0]), Err(DecodeError::Binary { offset: 1 }));
    }

    #[test]
    fn utf32_boms_are_rejected() {
        assert_eq!(decode(&[0xFF, 0xFE, 0, 0, b'a', 0, 0, 0]), Err(DecodeError::Utf32));
        assert_eq!(decode(&[0, 0, 0xFE, 0xFF, 0, 0, 0, b'a']), Err(DecodeError::Utf32));
    }

    #[test]
    fn empty_input_is_empty_utf8() {
        let d = decode(&[]).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("", Encoding::Utf8));
        let d = decode(UTF8_BOM).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("", Encoding::Utf8Bom));
        let d = decode(&[0xFF, 0xFE]).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("", Encoding::Utf16Le));
    }

    #[test]
    fn encoding_names_match_the_serde_names() {
        let names: Vec<&str> =
            [Encoding::Utf8, Encoding::Utf8Bom, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Windows1252]
                .iter()
                .map(|e| e.as_str())
                .collect();
        assert_eq!(names, ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"]);
    }
}
