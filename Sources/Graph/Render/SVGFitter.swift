import Foundation

/// Makes Graphviz's SVG fit the window it is opened in.
///
/// Graphviz writes a fixed size (`width="2036pt" height="1568pt"`), so a browser
/// shows a corner of a big drawing and no legend. `fit(_:)` replaces it with
/// `width="100%" height="100%"`, keeping the `viewBox`, so the whole drawing, legend
/// included, is scaled into the window; and it adds the style sheet that hides edge
/// labels of a big diagram (`Diagram.labelsOnHover`) until their line is hovered.
enum SVGFitter {
    /// The style sheet put inside every SVG: hover labels, and lines and nodes that
    /// thicken under the pointer.
    static let style = """
    <style>g.hover-labels g.edge text{visibility:hidden}g.hover-labels g.edge:hover text{visibility:visible}\
    g.edge:hover path{stroke-width:3px}g.hover-labels g.edge:hover text{paint-order:stroke;stroke:#fff;stroke-width:3px}\
    g.node:hover polygon,g.node:hover ellipse,g.node:hover path{stroke-width:2.5px}</style>
    """

    static func fit(_ svg: Data) -> Data {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].range(of: ">") else { return svg }
        var tag = String(text[start.lowerBound..<end.lowerBound])
        tag = tag.replacingOccurrences(of: #"\s(width|height)="[^"]*""#, with: "", options: .regularExpression)
        tag += " width=\"100%\" height=\"100%\" preserveAspectRatio=\"xMidYMid meet\""
        return Data((String(text[..<start.lowerBound]) + tag + ">\n" + style + String(text[end.upperBound...])).utf8)
    }
}
