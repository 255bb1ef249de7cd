import TestSupport

/// This target's golden files: `Golden/` next to this file.
let golden = Golden(testFile: #filePath)
