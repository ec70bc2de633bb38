//! Just enough of the ZIP format for XLSX: reading an archive's directory and unpacking stored or
//! deflated parts (inflate is miniz_oxide, with a size limit against zip bombs), and writing an archive
//! of stored parts. The `zip` crate did this at about 13 KB brotli of wasm, most of it for features a
//! workbook never uses (encryption, other compressors, appending).
//!
//! Format: PKWARE's APPNOTE.TXT, sections 4.3 (structure) and 4.5.3 (ZIP64 extra field).

/// Why an archive could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a ZIP archive, or a damaged one.
    Malformed(&'static str),
    /// A part is compressed with a method other than stored or deflate, or encrypted.
    Unsupported,
    /// A part unpacks to more than the limit.
    TooLarge,
}

impl std::fmt::Display for ZipError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            ZipError::Malformed(what) => write!(formatter, "damaged archive: {what}"),
            ZipError::Unsupported => formatter.write_str("encrypted or unsupported compression"),
            ZipError::TooLarge => formatter.write_str("a part unpacks to more than the limit"),
        }
    }
}

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const ZIP64_LOCATOR: u32 = 0x0706_4b50;
const ZIP64_END_OF_DIRECTORY: u32 = 0x0606_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;

struct Entry {
    name: String,
    method: u16,
    encrypted: bool,
    compressed_size: u64,
    local_offset: u64,
}

/// An archive in memory.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

impl<'a> Archive<'a> {
    /// Reads the central directory.
    pub fn open(bytes: &'a [u8]) -> Result<Archive<'a>, ZipError> {
        let malformed = ZipError::Malformed;
        // The end record is the last 22 bytes, unless a comment (up to 64 KiB) follows it.
        let lowest = bytes.len().saturating_sub(22 + 0xFFFF);
        let end = (lowest..=bytes.len().saturating_sub(22))
            .rev()
            .find(|&at| u32_at(bytes, at) == Some(END_OF_DIRECTORY))
            .ok_or(malformed("no end of central directory"))?;
        let mut n_entries = u64::from(u16_at(bytes, end + 10).ok_or(malformed("end record"))?);
        let mut directory = u64::from(u32_at(bytes, end + 16).ok_or(malformed("end record"))?);
        if n_entries == 0xFFFF || directory == 0xFFFF_FFFF {
            let locator = end.checked_sub(20).ok_or(malformed("zip64 locator"))?;
            if u32_at(bytes, locator) == Some(ZIP64_LOCATOR) {
                let record = u64_at(bytes, locator + 8).ok_or(malformed("zip64 locator"))? as usize;
                if u32_at(bytes, record) != Some(ZIP64_END_OF_DIRECTORY) {
                    return Err(malformed("zip64 end record"));
                }
                n_entries = u64_at(bytes, record + 32).ok_or(malformed("zip64 end record"))?;
                directory = u64_at(bytes, record + 48).ok_or(malformed("zip64 end record"))?;
            }
        }
        let mut entries = Vec::new();
        let mut at = usize::try_from(directory).map_err(|_| malformed("directory offset"))?;
        for _ in 0..n_entries.min(1 << 20) {
            if u32_at(bytes, at) != Some(DIRECTORY_ENTRY) {
                return Err(malformed("directory entry"));
            }
            let field = |offset: usize| u16_at(bytes, at + offset).ok_or(malformed("directory entry"));
            let flags = field(8)?;
            let method = field(10)?;
            let mut compressed_size = u64::from(u32_at(bytes, at + 20).ok_or(malformed("directory entry"))?);
            let mut size = u64::from(u32_at(bytes, at + 24).ok_or(malformed("directory entry"))?);
            let (name_len, extra_len, comment_len) = (field(28)? as usize, field(30)? as usize, field(32)? as usize);
            let mut local_offset = u64::from(u32_at(bytes, at + 42).ok_or(malformed("directory entry"))?);
            let name_bytes = bytes.get(at + 46..at + 46 + name_len).ok_or(malformed("entry name"))?;
            let extra = bytes
                .get(at + 46 + name_len..at + 46 + name_len + extra_len)
                .ok_or(malformed("entry extra field"))?;
            // ZIP64: the sizes and offset that overflowed 32 bits follow in this order.
            let mut pos = 0;
            while pos + 4 <= extra.len() {
                let (id, len) = (
                    u16_at(extra, pos).unwrap_or(0),
                    u16_at(extra, pos + 2).unwrap_or(0) as usize,
                );
                if id == 0x0001 {
                    let mut field_at = pos + 4;
                    for value in [&mut size, &mut compressed_size, &mut local_offset] {
                        if *value == 0xFFFF_FFFF {
                            *value = u64_at(extra, field_at).ok_or(malformed("zip64 extra field"))?;
                            field_at += 8;
                        }
                    }
                }
                pos += 4 + len;
            }
            entries.push(Entry {
                name: String::from_utf8_lossy(name_bytes).replace('\\', "/"),
                method,
                encrypted: flags & 1 == 1,
                compressed_size,
                local_offset,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(Archive { bytes, entries })
    }

    /// Unpacks the part named `name`; `None` when there is none. Refuses to unpack more than `limit`.
    pub fn read(&self, name: &str, limit: usize) -> Result<Option<Vec<u8>>, ZipError> {
        let malformed = ZipError::Malformed;
        let Some(entry) = self
            .entries
            .iter()
            .find(|entry| entry.name.trim_start_matches('/') == name)
        else {
            return Ok(None);
        };
        if entry.encrypted {
            return Err(ZipError::Unsupported);
        }
        let local = usize::try_from(entry.local_offset).map_err(|_| malformed("entry offset"))?;
        if u32_at(self.bytes, local) != Some(LOCAL_HEADER) {
            return Err(malformed("local header"));
        }
        let name_len = u16_at(self.bytes, local + 26).ok_or(malformed("local header"))? as usize;
        let extra_len = u16_at(self.bytes, local + 28).ok_or(malformed("local header"))? as usize;
        let start = local + 30 + name_len + extra_len;
        let len = usize::try_from(entry.compressed_size).map_err(|_| malformed("entry size"))?;
        let data = self
            .bytes
            .get(start..start.saturating_add(len))
            .ok_or(malformed("entry data"))?;
        match entry.method {
            0 if data.len() > limit => Err(ZipError::TooLarge),
            0 => Ok(Some(data.to_vec())),
            8 => match miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit) {
                Ok(unpacked) => Ok(Some(unpacked)),
                Err(error) if error.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                    Err(ZipError::TooLarge)
                }
                Err(_) => Err(malformed("deflate stream")),
            },
            _ => Err(ZipError::Unsupported),
        }
    }
}

/// CRC-32 (IEEE), as ZIP stores it for each part.
fn crc32(bytes: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut table = [0u32; 256];
        let mut n = 0;
        while n < 256 {
            let mut c = n as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                k += 1;
            }
            table[n] = c;
            n += 1;
        }
        table
    };
    !bytes.iter().fold(!0u32, |crc, &byte| {
        TABLE[((crc ^ u32::from(byte)) & 0xFF) as usize] ^ (crc >> 8)
    })
}

/// Writes an archive of stored (uncompressed) parts, dated 1980-01-01 so that the output is reproducible.
pub fn write_stored(parts: &[(&str, &[u8])]) -> Vec<u8> {
    const DOS_DATE_1980_01_01: u16 = 0x0021;
    const UTF8_NAMES: u16 = 1 << 11;
    let mut out = Vec::new();
    let mut directory = Vec::new();
    for (name, data) in parts {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let common = |out: &mut Vec<u8>| {
            out.extend_from_slice(&20u16.to_le_bytes()); // version needed: 2.0
            out.extend_from_slice(&UTF8_NAMES.to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes()); // stored
            out.extend_from_slice(&0u16.to_le_bytes()); // time
            out.extend_from_slice(&DOS_DATE_1980_01_01.to_le_bytes());
            out.extend_from_slice(&crc.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        out.extend_from_slice(&LOCAL_HEADER.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        directory.extend_from_slice(&DIRECTORY_ENTRY.to_le_bytes());
        directory.extend_from_slice(&20u16.to_le_bytes()); // version made by
        common(&mut directory);
        directory.extend_from_slice(&[0; 8]); // comment length, disk, internal and external attributes
        directory.extend_from_slice(&[0; 2]);
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name.as_bytes());
    }
    let directory_offset = out.len() as u32;
    out.extend_from_slice(&directory);
    out.extend_from_slice(&END_OF_DIRECTORY.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // this disk, directory disk
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(directory.len() as u32).to_le_bytes());
    out.extend_from_slice(&directory_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment length
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn written_archives_read_back() {
        let archive_bytes = write_stored(&[("a.xml", b"<a/>"), ("xl/b.xml", "blåbær".as_bytes())]);
        let archive = Archive::open(&archive_bytes).unwrap();
        assert_eq!(archive.read("a.xml", 100).unwrap(), Some(b"<a/>".to_vec()));
        assert_eq!(
            archive.read("xl/b.xml", 100).unwrap(),
            Some("blåbær".as_bytes().to_vec())
        );
        assert_eq!(archive.read("missing.xml", 100).unwrap(), None);
        assert_eq!(archive.read("xl/b.xml", 3), Err(ZipError::TooLarge));
    }

    #[test]
    fn deflated_parts_unpack_within_the_limit() {
        let text = "<row>".repeat(10_000);
        let deflated = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 6);
        // A deflated part written by hand: method 8.
        let mut bytes = write_stored(&[("x.xml", &deflated)]);
        bytes[8] = 8;
        let directory = bytes.len() - 22 - (46 + 5);
        bytes[directory + 10] = 8;
        let archive = Archive::open(&bytes).unwrap();
        assert_eq!(archive.read("x.xml", 1 << 20).unwrap(), Some(text.clone().into_bytes()));
        assert_eq!(
            archive.read("x.xml", 1000),
            Err(ZipError::TooLarge),
            "a zip bomb stops at the limit"
        );
    }

    #[test]
    fn damaged_archives_are_errors() {
        assert!(Archive::open(b"PK\x03\x04garbage").is_err());
        let mut bytes = write_stored(&[("a.xml", b"<a/>")]);
        let len = bytes.len();
        bytes.truncate(len - 30);
        assert!(Archive::open(&bytes).is_err());
    }
}
