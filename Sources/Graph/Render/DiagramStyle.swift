/// The visual language of kg's diagrams: shapes, colours and line styles.
///
/// Colours come from the Okabe–Ito palette, which stays distinguishable under the
/// common forms of colour-blindness. Nothing relies on colour alone, so the diagram
/// also reads in grey print: actor types differ by shape, relation classes by
/// arrowhead, negated facts are dashed and hedged (possible, planned) facts dotted.
public enum DiagramStyle {
    /// The Okabe–Ito colours used.
    enum Palette {
        static let orange = "#E69F00"
        static let skyBlue = "#56B4E9"
        static let bluishGreen = "#009E73"
        static let yellow = "#F0E442"
        static let blue = "#0072B2"
        static let vermillion = "#D55E00"
        static let reddishPurple = "#CC79A7"
        static let black = "#000000"
        /// Neutral grey for affiliation: recedes behind the political relations.
        static let grey = "#666666"
        static let ink = "#222222"
        static let paper = "#FFFFFF"
    }

    /// Graphviz node shape for an actor type.
    public static func shape(_ type: ActorType) -> String {
        switch type {
        case .person: return "ellipse"
        case .country: return "box"
        case .organization: return "hexagon"
        case .group: return "octagon"
        case .place: return "house"
        case .agreement: return "note"
        }
    }

    /// Fill colour for an actor type.
    public static func fill(_ type: ActorType) -> String {
        switch type {
        case .person: return Palette.orange
        case .country: return Palette.skyBlue
        case .organization: return Palette.bluishGreen
        case .group: return Palette.yellow
        case .place: return Palette.reddishPurple
        case .agreement: return Palette.paper
        }
    }

    /// Line colour for a class of predicates.
    public static func color(_ predicateClass: PredicateSpec.Class) -> String {
        switch predicateClass {
        case .cooperative: return Palette.blue
        case .conflictual: return Palette.vermillion
        case .affiliation: return Palette.grey
        }
    }

    /// Arrowhead for a class of predicates: a plain arrow for cooperation, a bar
    /// ("blocks") for conflict, an open diamond for belonging.
    public static func arrowhead(_ predicateClass: PredicateSpec.Class) -> String {
        switch predicateClass {
        case .cooperative: return "normal"
        case .conflictual: return "tee"
        case .affiliation: return "odiamond"
        }
    }

    /// Fill and border of a camp's cluster: pale tints that stay behind the nodes and
    /// lines; the camp's label, not its colour, says which camp it is.
    static func campColors(_ number: Int) -> (fill: String, border: String) {
        let tints = [("#EDF3FA", "#7FA7CC"), ("#FBF0E4", "#D9A066"), ("#ECF6F0", "#7DB998"),
                     ("#F7EDF4", "#C995B8"), ("#F9F7E1", "#C9BD5E")]
        return number >= 1 && number <= tints.count ? tints[number - 1] : ("#F2F2F2", "#AAAAAA")
    }

    /// Line style: dashed when negated, dotted when only possible or planned.
    static func lineStyle(negated: Bool, hedged: Bool) -> String {
        if negated { return "dashed" }
        if hedged { return "dotted" }
        return "solid"
    }

    /// Line width from the number of pieces of evidence: 1 for one, growing with
    /// the logarithm, at most 8.
    static func penWidth(evidence: Int) -> Double {
        guard evidence > 1 else { return 1 }
        return min(8, 1 + 1.5 * log2(Double(evidence)))
    }

    /// Font size of an actor's label, growing slowly with its evidence.
    static func fontSize(evidence: Int) -> Double {
        guard evidence > 1 else { return 11 }
        return min(22, 11 + 1.5 * log2(Double(evidence)))
    }

    /// Words for an actor type's shape, as the legend says them.
    static func shapeName(_ type: ActorType) -> String {
        switch type {
        case .person: return "oval"
        case .country: return "box"
        case .organization: return "hexagon"
        case .group: return "octagon"
        case .place: return "house"
        case .agreement: return "note"
        }
    }

    /// A glyph standing for an arrowhead in the legend (text only, so it is drawn the
    /// same by every Graphviz output and every SVG viewer).
    static func arrowGlyph(_ predicateClass: PredicateSpec.Class) -> String {
        switch predicateClass {
        case .cooperative: return "\u{2014}\u{2014}\u{2014}&gt;"
        case .conflictual: return "\u{2014}\u{2014}\u{2014}|"
        case .affiliation: return "\u{2014}\u{2014}\u{2014}&lt;&gt;"
        }
    }
}

import Foundation
