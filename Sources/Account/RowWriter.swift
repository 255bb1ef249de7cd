import GRDB
import GRDBSQLite

/// One cached INSERT run row after row through SQLite's C API: a row's values are gathered
/// (its texts' UTF-8 in one buffer), bound where they lie, and the statement stepped once.
///
/// For bulk writes only (a state import writes two rows per object of a 100 MB state):
/// GRDB's `execute(arguments:)` boxes every value into an argument array and back, and
/// binding each text for SQLite to copy cost an allocation apiece; together they were as
/// much as SQLite's own work on those rows. Errors are GRDB's `DatabaseError`, with
/// SQLite's extended code and message, as `execute` throws them.
struct RowWriter {
    private enum Value {
        /// UTF-8 at `offset` in `texts`, `count` bytes.
        case text(offset: Int, count: Int)
        case integer(Int64)
        case real(Double)
        case null
    }

    private let statement: Statement
    private let handle: SQLiteStatement
    private let connection: SQLiteConnection?
    private var values: [Value] = []
    private var texts: [UInt8] = []

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    mutating func bind(_ text: String) {
        let offset = texts.count
        texts.append(contentsOf: text.utf8)
        values.append(.text(offset: offset, count: texts.count - offset))
    }

    mutating func bind(_ text: String?) {
        guard let text else { return values.append(.null) }
        bind(text)
    }

    /// Text given as its UTF-8 bytes (JSON written into a buffer), bound without making a String.
    mutating func bind(json bytes: [UInt8]) {
        let offset = texts.count
        texts.append(contentsOf: bytes)
        values.append(.text(offset: offset, count: bytes.count))
    }

    mutating func bind(_ number: Int) { values.append(.integer(Int64(number))) }

    mutating func bind(_ number: Double) { values.append(.real(number)) }

    mutating func bind(_ flag: Bool) { values.append(.integer(flag ? 1 : 0)) }

    /// Runs the statement with the values given since the last row, and makes it ready for the next.
    mutating func step() throws {
        precondition(values.count == Int(sqlite3_bind_parameter_count(handle)), "a row binds every parameter of \(statement.sql)")
        defer {
            values.removeAll(keepingCapacity: true)
            texts.removeAll(keepingCapacity: true)
        }
        let (code, message) = texts.withUnsafeBufferPointer { buffer -> (Int32, String?) in
            // SQLITE_STATIC: SQLite reads the texts where they are, so they are cleared from
            // the statement before the buffer may move.
            let empty: StaticString = ""
            let base = buffer.baseAddress.map(UnsafeRawPointer.init) ?? UnsafeRawPointer(empty.utf8Start)
            for (index, value) in values.enumerated() {
                let column = Int32(index + 1)
                switch value {
                case .text(let offset, let count):
                    _ = sqlite3_bind_text(handle, column, (base + offset).assumingMemoryBound(to: CChar.self), Int32(count), nil)
                case .integer(let number): _ = sqlite3_bind_int64(handle, column, number)
                case .real(let number): _ = sqlite3_bind_double(handle, column, number)
                case .null: _ = sqlite3_bind_null(handle, column)
                }
            }
            let code = sqlite3_step(handle)
            let message = code == SQLITE_DONE ? nil : connection.map { String(cString: sqlite3_errmsg($0)) }
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            return (code, message)
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}
