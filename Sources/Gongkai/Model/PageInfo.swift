/// One page of the output: its geometry always, its characters, lines and drawings only when
/// geometry was asked for.
public struct PageInfo: Codable, Sendable, Equatable {
    public var number: Int
    public var width: Double
    public var height: Double
    public var rotation: Int
    /// [x0, bottom-left y0, x1, y1] in PDF space, as the file states it.
    public var cropBox: [Double]
    public var characterCount: Int
    /// "ocr" for a page read by recognising its image (absent: its text layer).
    public var source: String?
    public var ocr: OCRInfo?
    public var rulings: [RulingInfo]?
    public var fills: [FillInfo]?
    public var lines: [LineInfo]?
    public var characters: [CharacterInfo]?

    enum CodingKeys: String, CodingKey {
        case number, width, height, rotation, source, ocr, rulings, fills, lines, characters
        case cropBox = "crop_box"
        case characterCount = "character_count"
    }
}

/// How a page read by OCR was read.
public struct OCRInfo: Codable, Sendable, Equatable {
    public var engine: String
    public var dpi: Double
    public var skewDegrees: Double
    public var meanConfidence: Double?

    enum CodingKeys: String, CodingKey {
        case engine, dpi
        case skewDegrees = "skew_degrees"
        case meanConfidence = "mean_confidence"
    }
}

public struct RulingInfo: Codable, Sendable, Equatable {
    public var x0: Double
    public var top: Double
    public var x1: Double
    public var bottom: Double
    public var width: Double
}

public struct FillInfo: Codable, Sendable, Equatable {
    public var bbox: [Double]
    @Nullable public var color: String?

}

public struct LineInfo: Codable, Sendable, Equatable {
    public var text: String
    public var bbox: [Double]
    public var font: Int
}

public struct CharacterInfo: Codable, Sendable, Equatable {
    public var c: String
    public var bbox: [Double]
    public var font: Int
}

public struct FontInfo: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool
}
