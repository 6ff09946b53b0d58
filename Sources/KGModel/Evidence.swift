/// Where a fact was found: a document, a sentence in it, character offsets
/// (Unicode scalar offsets into the text as read) and the quote itself.
public struct Evidence: Hashable, Codable, Sendable {
    /// The id of the document; empty inside a single-document extraction.
    public var document: String
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var confidence: Double
    /// How firmly this quote states the fact ("has not ruled out" is possible); nil in
    /// extractions and stores written before evidence kept its own modality, where the
    /// fact's modality stands for it.
    public var modality: Modality?

    public init(document: String = "", sentence: Int, start: Int, end: Int, text: String, confidence: Double = 0.8,
                modality: Modality? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.confidence = confidence
        self.modality = modality
    }

    enum CodingKeys: String, CodingKey {
        case document, sentence, start, end, text, confidence, modality
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decodeIfPresent(String.self, forKey: .document) ?? ""
        sentence = try c.decode(Int.self, forKey: .sentence)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        text = try c.decode(String.self, forKey: .text)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0.8
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if !document.isEmpty { try c.encode(document, forKey: .document) }
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(confidence, forKey: .confidence)
        try c.encodeIfPresent(modality, forKey: .modality)
    }
}
