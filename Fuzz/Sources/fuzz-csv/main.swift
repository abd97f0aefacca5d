// A buurt's spending.csv: CSVTable.parse (separator detection, quotes, line ends), then
// SpendingLoader.ledger (columns, dates, amounts in the file's style). Both are pure functions.
@testable import BegrootContent
import BegrootCore
import FuzzSupport

let path = "content/buurten/fuzz/spending.csv"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = contentText(data, size) else { return 0 }
    var diagnostics = Diagnostics()
    switch CSVTable.parse(text, file: path) {
    case .success(let table):
        let ledger = SpendingLoader.ledger(from: table, file: path, diagnostics: &diagnostics)
        _ = ledger?.lines.count
    case .failure(let problem):
        diagnostics.append(problem)
    }
    _ = diagnostics.sorted.map(\.description)
    return 0
}
