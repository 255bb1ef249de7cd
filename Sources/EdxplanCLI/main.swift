import ArgumentParser
import Diagnostics
import Foundation
import Pipeline

// The thin executable: parse arguments, call one Pipeline function, print, exit with the
// command-line contract's codes (0 success, 1 findings, 2 bad input or usage).
do {
    var command = try Edxplan.parseAsRoot()
    if var runnable = command as? any EdxplanCommand {
        let output = try runnable.execute()
        FileHandle.standardOutput.write(Data(output.utf8))
    } else if var runnable = command as? any OutcomeCommand {
        let outcome = try runnable.outcome()
        FileHandle.standardError.write(Data(outcome.warnings.utf8))
        FileHandle.standardOutput.write(Data(outcome.text.utf8))
        exit(outcome.exitCode.rawValue)
    } else {
        try command.run()
    }
    exit(0)
} catch let error as any UserError {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(error.exitCode.rawValue)
} catch {
    let code = Edxplan.exitCode(for: error)
    if code == .success {
        print(Edxplan.fullMessage(for: error))
        exit(0)
    }
    // ArgumentParser says "Error: ..." and then the usage; print it like every other error:
    // "error: ..." with the rest indented as hints.
    var lines = Edxplan.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    if let first = lines.first { lines[0] = first.hasPrefix("Error: ") ? "error: " + first.dropFirst(7) : "error: " + first }
    let message = ([lines.first ?? "error: bad usage"] + lines.dropFirst().map { "  " + $0.trimmingCharacters(in: .whitespaces) })
    FileHandle.standardError.write(Data((message.joined(separator: "\n") + "\n").utf8))
    exit(ExitCode.badInput.rawValue)
}
