import Foundation

/// Text strings of the PDF information dictionary (/Title, /Author). The standard allows
/// UTF-16 with a byte-order mark (UTF-8 with one since PDF 2.0) or PDFDocEncoding, but older
/// Chinese producers write the system code page's bytes, GBK, unmarked. Readers that follow the
/// standard show those as Latin mojibake (上海 → ÉÏº£); this recovers them.
package enum InfoStringDecoder {
    /// The bytes of a string as they stand in the file.
    package static func decode(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), bigEndian: false) }
        if let other = nonStandardReading(bytes) { return other.text }
        return String(String.UnicodeScalarView(bytes.map(pdfDocScalar)))
    }

    /// A string a reader already decoded as PDFDocEncoding (poppler 22 does so for every string
    /// without a UTF-16 mark, UTF-8 ones included), re-read as UTF-8 or GBK when its bytes are
    /// text in one of them; otherwise as given.
    package static func repair(_ decoded: String) -> String {
        guard let candidates = pdfDocBytes(decoded), candidates.first?.contains(where: { $0 >= 0x80 }) == true else {
            return decoded
        }
        let readings = candidates.compactMap(nonStandardReading)
        return readings.max { $0.confidence < $1.confidence }?.text ?? decoded
    }

    /// UTF-8 (marked or not) or GBK, with how sure the reading is. UTF-8's structure is strict:
    /// bytes that are well-formed multi-byte UTF-8 are UTF-8 (GBK text of a few characters is
    /// well-formed UTF-8 by chance about once in a hundred, a title's length almost never). A GBK
    /// reading counts by its share of common characters.
    static func nonStandardReading(_ bytes: [UInt8]) -> (text: String, confidence: Double)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (String(decoding: bytes.dropFirst(3), as: UTF8.self), 2) }
        if bytes.contains(where: { $0 >= 0x80 }), let utf8 = String(validating: bytes, as: UTF8.self) {
            return (utf8, 2)
        }
        return chineseReading(bytes).map { ($0.text, $0.commonShare) }
    }

    // MARK: GBK

    /// GB 18030 (a superset of GBK and GB 2312) as Foundation names it: CFStringEncodings
    /// .GB_18030_2000 (0x0632) as an NSStringEncoding. Available on Linux too.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The bytes read as GBK, when they are well-formed GBK that holds Chinese: at least one
    /// two-byte character, most of them from GB 2312's common set (both bytes 0xA1–0xFE). Latin-1
    /// text is rarely well-formed GBK (an accented letter before a space or at the end is not),
    /// and then almost never pairs two high bytes from that range.
    static func chineseReading(_ bytes: [UInt8]) -> (text: String, commonShare: Double)? {
        var index = 0
        var pairs = 0
        var common = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return nil }
            let trail = bytes[index + 1]
            if (0x30...0x39).contains(trail) {
                // A four-byte GB 18030 sequence.
                guard index + 3 < bytes.count else { return nil }
                pairs += 1
                index += 4
                continue
            }
            guard (0x40...0xFE).contains(trail), trail != 0x7F else { return nil }
            pairs += 1
            if (0xA1...0xF7).contains(lead) && (0xA1...0xFE).contains(trail) { common += 1 }
            index += 2
        }
        guard pairs > 0, common * 2 > pairs,
            let text = String(data: Data(bytes), encoding: gb18030),
            text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) })
        else { return nil }
        return (text, Double(common) / Double(pairs))
    }

    // MARK: PDFDocEncoding

    /// The bytes that decode to `text` in PDFDocEncoding, or nil when some character has none
    /// (the text did not come from PDFDocEncoding). A reader shows the three undefined bytes
    /// (0x7F, 0x9F, 0xAD) as U+FFFD, so each U+FFFD stands for any of them: every combination
    /// is returned, up to a bound (past it, 0xAD, a GB 2312 trail byte, is assumed).
    static func pdfDocBytes(_ text: String) -> [[UInt8]]? {
        var candidates: [[UInt8]] = [[]]
        let undefinedCount = text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        for scalar in text.unicodeScalars {
            if scalar == "\u{FFFD}" {
                let choices: [UInt8] = undefinedCount <= 5 ? [0xAD, 0x9F, 0x7F] : [0xAD]
                candidates = candidates.flatMap { prefix in choices.map { prefix + [$0] } }
                continue
            }
            guard let byte = pdfDocByte(scalar) else { return nil }
            for index in candidates.indices { candidates[index].append(byte) }
        }
        return candidates
    }

    static func pdfDocByte(_ scalar: Unicode.Scalar) -> UInt8? {
        if let byte = pdfDocSpecialBytes[scalar.value] { return byte }
        switch scalar.value {
        case 0x00...0x17, 0x20...0x7E, 0xA1...0xAC, 0xAE...0xFF: return UInt8(scalar.value)
        default: return nil
        }
    }

    static func pdfDocScalar(_ byte: UInt8) -> Unicode.Scalar {
        if let special = pdfDocSpecialScalars[byte] { return Unicode.Scalar(special)! }
        switch byte {
        case 0x7F, 0x9F, 0xAD: return "\u{FFFD}"
        default: return Unicode.Scalar(byte)
        }
    }

    /// Where PDFDocEncoding differs from Latin-1 (ISO 32000-1, annex D.2).
    static let pdfDocSpecialScalars: [UInt8: UInt32] = [
        0x18: 0x02D8, 0x19: 0x02C7, 0x1A: 0x02C6, 0x1B: 0x02D9, 0x1C: 0x02DD, 0x1D: 0x02DB, 0x1E: 0x02DA,
        0x1F: 0x02DC, 0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013,
        0x86: 0x0192, 0x87: 0x2044, 0x88: 0x2039, 0x89: 0x203A, 0x8A: 0x2212, 0x8B: 0x2030, 0x8C: 0x201E,
        0x8D: 0x201C, 0x8E: 0x201D, 0x8F: 0x2018, 0x90: 0x2019, 0x91: 0x201A, 0x92: 0x2122, 0x93: 0xFB01,
        0x94: 0xFB02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160, 0x98: 0x0178, 0x99: 0x017D, 0x9A: 0x0131,
        0x9B: 0x0142, 0x9C: 0x0153, 0x9D: 0x0161, 0x9E: 0x017E, 0xA0: 0x20AC,
    ]

    static let pdfDocSpecialBytes: [UInt32: UInt8] = Dictionary(
        uniqueKeysWithValues: pdfDocSpecialScalars.map { ($0.value, $0.key) })

    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        let bytes = Array(bytes)
        let units = stride(from: 0, to: bytes.count - 1, by: 2).map { index -> UInt16 in
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            return UInt16(high) << 8 | UInt16(low)
        }
        return String(decoding: units, as: UTF16.self)
    }
}
