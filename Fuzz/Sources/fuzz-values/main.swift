// The small value parsers a YAML or CSV field ends up in, on the whole input as one value: a
// video's `duration` and `source` (VideoAddress), amounts (Money, AmountStyle), dates (DayDate),
// language codes, slugs, media paths, begroot new's starter texts and the "did you mean" suggestion.
@testable import BegrootContent
import BegrootCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = contentText(data, size) else { return 0 }
    _ = VideoAddress.seconds(text)
    _ = VideoAddress.source(text)
    _ = Money(parsing: text)
    _ = Money(parsing: text, decimalSeparator: ",", groupSeparator: ".")
    _ = Money(parsing: text, decimalSeparator: ".", groupSeparator: ",")
    _ = AmountStyle(delimiter: ";").parse(text)
    _ = AmountStyle(delimiter: ",").parse(text)
    _ = DayDate(iso: text)
    _ = DayDate(dayMonthYear: text)
    _ = Language.isValidCode(text)
    _ = StarterTexts.isStarter(text)
    _ = Slug.isValid(text)
    let reader = NodeReader(file: "content/buurten/fuzz/videos.yaml", languages: ["nl", "en"])
    _ = MediaPath.check(Located(text, at: SourceLocation(file: "x")), reader: reader)
    if text.utf8.count <= 256 { _ = Suggestion.didYouMean(text, in: VideoLoader.known) }
    return 0
}
