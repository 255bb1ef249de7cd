import Diagnostics

/// What can go wrong with the catalog: its source, the built file, or an import.
public enum CatalogError: UserError, Equatable {
    case sourceNotFound(searched: String)
    case sourceFailed(file: String, detail: String)
    case unreadable(path: String, detail: String)
    case missingPrice(String)
    case unknownInstanceType(service: String, type: String, suggestions: [String])
    case importFailed(file: String, detail: String)
    case notOffered(service: String, region: String, error: String, source: String)
    case namedFileMissing(path: String, viaEnvironment: Bool)
    case invalidJSON(SourceLocation, String)
    /// An offer file that parses but is not the one asked for, or holds nothing edxplan prices.
    case offerRefused(SourceLocation, String)

    public var location: SourceLocation? {
        if case .invalidJSON(let location, _) = self { return location }
        if case .offerRefused(let location, _) = self { return location }
        return nil
    }

    public var message: String {
        switch self {
        case .sourceNotFound(let searched):
            return "cannot find the catalog source (Catalog/migrations and Catalog/data) from \(searched)"
        case .sourceFailed(let file, let detail):
            return "the catalog source \(file) does not load: \(detail)"
        case .unreadable(let path, let detail):
            return "the catalog file \(path) is not a usable edxplan catalog: \(detail)"
        case .missingPrice(let key):
            return "the catalog has no price for \(key)"
        case .unknownInstanceType(let service, let type, _):
            return "unknown \(service) instance type '\(type)'"
        case .importFailed(let file, let detail):
            return "cannot import \(file): \(detail)"
        case .notOffered(let service, let region, let error, _):
            return "AWS does not offer \(service) in \(region): a create there is refused with \(error)"
        case .invalidJSON(_, let detail):
            return "invalid JSON: \(detail)"
        case .offerRefused(_, let detail):
            return detail
        case .namedFileMissing(let path, let viaEnvironment):
            return "the catalog file \(path) named by \(viaEnvironment ? "EDXPLAN_CATALOG" : "--catalog") does not exist"
        }
    }

    public var hint: String? {
        switch self {
        case .sourceNotFound:
            return "run edxplan from the edxplan checkout, or pass --catalog PATH (or set EDXPLAN_CATALOG) to a built catalog"
        case .sourceFailed:
            return "fix the SQL in that file, then run `edxplan catalog build`"
        case .unreadable:
            return "delete it and run `edxplan catalog build`, or point --catalog at a catalog that edxplan built"
        case .missingPrice:
            // The shipped catalog has no published price for it (AWS may not sell it there): the user's way to
            // AWS's current list is an update, not an edit of the project's data files.
            return "AWS may not sell it in that region; `edxplan catalog update --region REGION` brings AWS's current list "
                + "(`--from DIR` where there is no internet), `edxplan catalog price` shows what the catalog holds"
        case .unknownInstanceType(_, _, let suggestions):
            return suggestions.isEmpty ? "`edxplan catalog info` lists what the catalog holds"
                : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        case .namedFileMissing(let path, let viaEnvironment):
            return "build one there with `edxplan catalog build --catalog \(path)`, or "
                + (viaEnvironment ? "unset EDXPLAN_CATALOG" : "leave out --catalog") + " to use the catalog that ships with edxplan"
        case .invalidJSON:
            return "the file is not complete JSON (a download cut short?): fetch it again; nothing was changed"
        case .offerRefused:
            return "fetch the offer again from AWS's Price List (or drop --service/--region for it); nothing was changed"
        case .importFailed:
            return "pass a file in the AWS format the importer names (see `edxplan catalog import --help`)"
        case .notOffered(_, _, _, let source):
            return "choose a region that offers it (\(source))"
        }
    }
}
