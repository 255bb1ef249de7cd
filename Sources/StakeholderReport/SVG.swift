import Foundation

/// Small helpers for writing SVG that is well-formed XML (the tests parse it with XMLParser)
/// and that does not rely on colour alone: every series has its own fill pattern as well.
enum SVG {
    /// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
    static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#555555"]

    /// Pattern overlays on an 8 x 8 tile; index 0 is plain.
    static let overlays = [
        "", "M0,8 L8,0", "M0,4 L8,4", "M4,0 L4,8", "M0,0 L8,8", "M0,8 L8,0 M0,0 L8,8", "M0,4 L8,4 M4,0 L4,8",
    ]

    /// Colour and overlay cycle with different periods, so the first 56 patterns all differ.
    /// Only the patterns a chart uses are defined, under their own index.
    static func patternDefs(chart: String, indices: [Int]) -> String {
        var out = "<defs>"
        for index in Set(indices).sorted() {
            let overlay = overlays[index % overlays.count]
            out += "<pattern id=\"\(chart)-p\(index)\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                + "<rect width=\"8\" height=\"8\" fill=\"\(colours[index % colours.count])\"/>"
                + (overlay.isEmpty ? "" : "<path d=\"\(overlay)\" stroke=\"#ffffff\" stroke-width=\"1.6\"/>")
                + "</pattern>"
        }
        return out + "</defs>"
    }

    static func fill(chart: String, _ index: Int) -> String { "url(#\(chart)-p\(index))" }

    /// One pattern per AWS service in every report, whatever its rank: EKS is always plain blue,
    /// RDS always plain orange, the share of shared costs always plain grey. Services edxplan
    /// does not list take a pattern from their name, past the listed ones.
    static let servicePatterns: [String: Int] = [
        "EKS": 0, "RDS": 1, "EC2": 2, "DocumentDB": 3, "Elastic Load Balancing": 4, "VPC": 5, "ElastiCache": 6,
        "Share of shared costs": 7, "CloudWatch": 8, "S3": 9, "Route 53": 10, "EBS": 11, "CloudFront": 12, "Data Transfer": 13,
        "ECR": 14, "Secrets Manager": 15, "AWS Backup": 16,
    ]

    static func pattern(service: String) -> Int {
        if let index = servicePatterns[service] { return index }
        let sum = service.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 9973 }
        return servicePatterns.count + sum % (colours.count * overlays.count - servicePatterns.count)
    }

    /// The opening of a chart: role, label and the title/description pair screen readers announce.
    static func open(id: String, title: String, description: String, width: Double, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"chart\" role=\"img\" "
            + "viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "aria-labelledby=\"\(id)-title \(id)-desc\" aria-label=\"\(escape(title + ". " + description))\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
    }

    static func text(_ content: String, x: Double, y: Double, anchor: String = "start", className: String = "label") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" class=\"\(className)\">\(escape(content))</text>"
    }

    /// A bar with its number and names as attributes, so tests can check size against value.
    static func bar(x: Double, y: Double, width: Double, height: Double, fill: String, value: String,
                    attributes: [(String, String)], tooltip: String) -> String {
        let extra = attributes.map { " data-\($0.0)=\"\(escape($0.1))\"" }.joined()
        return "<rect class=\"bar\" x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(width))\" height=\"\(number(height))\" "
            + "fill=\"\(fill)\" stroke=\"#222222\" stroke-width=\"0.5\" data-value=\"\(value)\"\(extra)><title>\(escape(tooltip))</title></rect>"
    }

    /// Coordinates with two decimals: stable text for goldens, precise enough for print.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

extension Decimal {
    var double: Double { NSDecimalNumber(decimal: self).doubleValue }
}
