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
    FileHandle.standardError.write(Data((Edxplan.fullMessage(for: error) + "\n").utf8))
    exit(ExitCode.badInput.rawValue)
}
