import GRDB

/// A row of `evidence`: where in a document a fact was found, with the quote.
struct EvidenceRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "evidence"

    var id: Int64?
    var factID: Int64
    var documentID: String
    var sentence: Int
    var start: Int
    var end: Int
    var quote: String
    var confidence: Double
    /// `Modality` raw value, nil for evidence stored before migration v5.
    var modality: String?

    enum CodingKeys: String, CodingKey {
        case id, factID, documentID, sentence, quote, confidence, modality
        case start = "startOffset", end = "endOffset"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let factID = Column(CodingKeys.factID)
        static let documentID = Column(CodingKeys.documentID)
        static let sentence = Column(CodingKeys.sentence)
        static let start = Column(CodingKeys.start)
        static let end = Column(CodingKeys.end)
        static let quote = Column(CodingKeys.quote)
        static let confidence = Column(CodingKeys.confidence)
        static let modality = Column(CodingKeys.modality)
    }

    var evidence: Evidence {
        Evidence(document: documentID, sentence: sentence, start: start, end: end, text: quote, confidence: confidence,
                 modality: modality.flatMap(Modality.init))
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
