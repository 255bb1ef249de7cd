import Diagnostics
import Foundation

/// `format()` verbs and `regex()`, kept apart from the table because they parse their own input.
enum Format {
    /// Supports `%s`, `%d`, `%v`, `%q`, `%f` (with an optional precision such as `%.2f`) and `%%`.
    static func render(_ pattern: String, _ arguments: [Value], _ location: SourceLocation) throws -> String {
        var out = ""
        var next = 0
        var characters = pattern.makeIterator()
        func argument() throws -> Value {
            guard next < arguments.count else {
                throw HCLError.evaluation(location, "format() has more verbs than arguments (\(arguments.count))")
            }
            defer { next += 1 }
            return arguments[next]
        }
        while let c = characters.next() {
            guard c == "%" else { out.append(c); continue }
            var precision = ""
            var verb = characters.next()
            if verb == "." {
                while let d = characters.next() {
                    if d.isNumber { precision.append(d) } else { verb = d; break }
                }
            }
            switch verb {
            case "%": out.append("%")
            case "s", "v":
                let value = try argument()
                switch value {
                case .string, .number, .bool: out += try value.toString(at: location)
                default: out += value.json()
                }
            case "q": out += JSONText.quote(try argument().toString(at: location))
            case "d":
                let value = try argument()
                let number = try value.toInt(at: location)
                out += String(number)
            case "f":
                let number = NSDecimalNumber(decimal: try argument().toNumber(at: location)).doubleValue
                out += String(format: "%.\(min(Int(precision) ?? 6, 30))f", number)
            default:
                throw HCLError.evaluation(location, "format() verb '%\(verb.map(String.init) ?? "")' is not supported (use %s, %d, %v, %q, %f)")
            }
        }
        guard next == arguments.count else {
            throw HCLError.evaluation(location, "format() was given \(arguments.count) arguments but uses \(next)")
        }
        return out
    }

    /// The whole match when the pattern has no groups; a tuple of the groups otherwise
    /// (named groups are not distinguished: a basic subset of Terraform's regex()).
    static func regex(_ pattern: String, _ text: String, _ location: SourceLocation) throws -> Value {
        let regex = try Functions.compile(pattern, location)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else {
            throw HCLError.evaluation(location, "regex() pattern '\(pattern)' does not match \"\(text)\"")
        }
        func group(_ i: Int) -> Value {
            guard let range = Range(match.range(at: i), in: text) else { return .null }
            return .string(String(text[range]))
        }
        if match.numberOfRanges == 1 { return group(0) }
        return .tuple((1..<match.numberOfRanges).map(group))
    }
}
