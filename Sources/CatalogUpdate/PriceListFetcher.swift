import Catalog
import Diagnostics
import Foundation

/// Brings one file of the Price List bulk API (a path such as `/offers/v1.0/aws/index.json`)
/// onto the local disk, from AWS's server, a mirror, or a folder downloaded elsewhere.
public protocol PriceListFetcher {
    /// Where the files come from, as the summary names it.
    var origin: String { get }
    /// The local file holding `path` and the name errors cite (its URL or path). `progress`
    /// hears about every chunk a download receives.
    func fetch(_ path: String, label: String, progress: DownloadProgress?) throws -> FetchedFile
}

public struct FetchedFile: Sendable {
    public let file: URL
    public let name: String
    /// A download the updater deletes once read; a file of `--from DIR` is left alone.
    public let isTemporary: Bool
}

/// What a progress display hears about one download.
public protocol DownloadProgress: AnyObject {
    func started(_ label: String)
    /// The size the server announced, when it did.
    func expect(bytes: Int64)
    func received(totalBytes: Int64)
    func finished()
}

/// What went wrong fetching the Price List files. Nothing is changed when one happens.
public enum UpdateError: Error, Equatable {
    case http(url: String, status: Int)
    case transfer(url: String, detail: String)
    case missing(path: String, folder: String)
    case unsupportedService(String, supported: [String])
    case unknownRegion(String, known: [String])
    case noOffer(String, index: String)
    case noTarget
}

extension UpdateError: UserError {
    public var location: SourceLocation? { nil }

    public var message: String {
        switch self {
        case .http(let url, let status):
            return "the Price List server answered HTTP \(status) for \(url)"
        case .transfer(let url, let detail):
            return "downloading \(url) failed: \(detail)"
        case .missing(let path, let folder):
            return "\(folder) has no \(path.hasPrefix("/") ? String(path.dropFirst()) : path)"
        case .unsupportedService(let service, _):
            return "edxplan does not read prices from the offer '\(service)'"
        case .unknownRegion(let region, _):
            return "the catalog has no region '\(region)'"
        case .noOffer(let service, let index):
            return "the offer index \(index) lists no offer '\(service)'"
        case .noTarget:
            return "there is no data folder to write the updated catalog to (neither XDG_DATA_HOME nor HOME is set)"
        }
    }

    public var hint: String? {
        switch self {
        case .http, .transfer:
            return "nothing was changed; try again later, or download the files elsewhere and use --from DIR"
        case .missing:
            return "--from expects the files at the paths they have on pricing.us-east-1.amazonaws.com "
                + "(see `edxplan catalog update --help`); nothing was changed"
        case .unsupportedService(_, let supported):
            return "use one of: " + supported.joined(separator: ", ")
        case .unknownRegion(_, let known):
            return "use one of: " + known.joined(separator: ", ")
        case .noOffer:
            return "check the offer code (AWS spells them AmazonEC2, AmazonRDS, ...); nothing was changed"
        case .noTarget:
            return "set XDG_DATA_HOME, or pass --catalog PATH"
        }
    }
}
