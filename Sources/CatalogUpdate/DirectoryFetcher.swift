import Foundation

/// `catalog update --from DIR`: the Price List files downloaded elsewhere, kept under DIR at
/// the paths they have on pricing.us-east-1.amazonaws.com (`DIR/offers/v1.0/aws/index.json`,
/// `DIR/offers/v1.0/aws/AmazonEC2/current/region_index.json`, ...), so the same index files
/// lead to the same offer files as a download does.
public struct DirectoryFetcher: PriceListFetcher {
    public let root: URL

    public init(root: URL) { self.root = root }

    public var origin: String { root.path }

    public func fetch(_ path: String, label: String, progress: DownloadProgress?) throws -> FetchedFile {
        let parts = path.split(separator: "/").map(String.init)
        // The index files name paths on AWS's host; a path that climbs out of DIR is not one.
        guard !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else {
            throw UpdateError.missing(path: path, folder: root.path)
        }
        let file = parts.reduce(root) { $0.appendingPathComponent($1) }
        guard FileManager.default.fileExists(atPath: file.path) else { throw UpdateError.missing(path: path, folder: root.path) }
        return FetchedFile(file: file, name: file.path, isTemporary: false)
    }
}
