/// An actor in the graph: a person, state, organization, group, place or agreement.
///
/// `id` is derived from the canonical label, so the same actor gets the same id in
/// every document and every run.
public struct Actor: Identifiable, Hashable, Codable, Sendable {
    public var id: String
    public var label: String
    public var type: ActorType
    public var wikidata: String?
    public var aliases: [String]

    public init(id: String? = nil, label: String, type: ActorType, wikidata: String? = nil, aliases: [String] = []) {
        self.id = id ?? Actor.slug(label)
        self.label = label
        self.type = type
        self.wikidata = wikidata
        self.aliases = aliases
    }

    enum CodingKeys: String, CodingKey {
        case id, label, type, wikidata, aliases
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(String.self, forKey: .label)
        type = try c.decode(ActorType.self, forKey: .type)
        wikidata = try c.decodeIfPresent(String.self, forKey: .wikidata)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(wikidata, forKey: .wikidata)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
    }

    /// A stable identifier for a label: lower-case ASCII letters and digits joined by
    /// hyphens, accents folded ("Raúl Castro" → "raul-castro").
    public static func slug(_ label: String) -> String {
        let folded = label.applyingTransformFolding()
        var out = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isAlnum = (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A)
            let isUpper = v >= 0x41 && v <= 0x5A
            if isAlnum || isUpper {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(isUpper ? Unicode.Scalar(v + 32)! : scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}

extension String {
    /// Folds accents and compatibility forms ("é" → "e", "ﬁ" → "fi").
    func applyingTransformFolding() -> String {
        var out = String.UnicodeScalarView()
        for scalar in self.decomposedStringWithCompatibilityMapping.unicodeScalars {
            // Drop combining marks (general category Mn).
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
