import Foundation

/// The example texts `begroot new` writes for a volunteer to replace, per language. `Scaffold`
/// writes them and `ReadinessChecker` recognises them, so both read them from here.
public enum StarterTexts {
    /// What a starter text is for: each says, in its language, what to write in its place.
    public enum Kind: CaseIterable, Sendable {
        case aboutPage, buurtIntroduction, buurtSummary, plan, update
    }

    /// The text for `kind` in `language`; English for a language begroot has no starter texts in.
    public static func text(_ kind: Kind, in language: String) -> String {
        texts[kind]?[language] ?? texts[kind]!["en"]!
    }

    /// Whether `text` (white space around it aside) is one of the starter texts, in any language, or
    /// one that earlier versions of `begroot new` wrote.
    public static func isStarter(_ text: String) -> Bool {
        // Most texts are far longer than any starter text: that is decided without reading them.
        guard text.utf8.count <= longest + 200 else { return false }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return all.contains(trimmed)
            || (trimmed.hasPrefix("Wat het buurtbudget van ") && trimmed.hasSuffix(" is, wie meedoet en hoe bewoners kiezen."))
    }

    /// The languages begroot has starter texts in.
    public static let languages = ["nl", "en", "tr", "ar"]

    private static let texts: [Kind: [String: String]] = [
        .aboutPage: [
            "nl": "Schrijf hier wie deze site maakt en waarom: de bewonersgroep, hoe bewoners meedoen en hoe ze jullie bereiken.",
            "en": "Write here who makes this site and why: the residents' group, how residents take part and how to reach you.",
            "tr": "Buraya bu siteyi kimin ve neden yaptığını yazın: mahalle grubu, sakinlerin nasıl katıldığı ve size nasıl ulaşılacağı.",
            "ar": "اكتب هنا من يصنع هذا الموقع ولماذا: مجموعة السكان، وكيف يشارك السكان، وكيف يمكن التواصل معكم.",
        ],
        .buurtIntroduction: [
            "nl": "Schrijf hier waar het budget van deze buurt voor is, wie meedoet en hoe bewoners kiezen.",
            "en": "Write here what this buurt's budget is for, who takes part and how residents choose.",
            "tr": "Buraya bu mahallenin bütçesinin ne için olduğunu, kimlerin katıldığını ve sakinlerin nasıl seçtiğini yazın.",
            "ar": "اكتب هنا لأي غرض ميزانية هذا الحي، ومن يشارك، وكيف يختار السكان.",
        ],
        .buurtSummary: [
            "nl": "Schrijf hier in een of twee zinnen wat de buurt met het budget doet.",
            "en": "Write here, in a sentence or two, what the buurt does with its budget.",
            "tr": "Buraya bir iki cümleyle mahallenin bütçeyle ne yaptığını yazın.",
            "ar": "اكتب هنا في جملة أو جملتين ماذا يفعل الحي بالميزانية.",
        ],
        .plan: [
            "nl": "Schrijf hier wat het plan is, waar en voor wie, en wat het kost.",
            "en": "Write here what the plan is, where and for whom, and what it costs.",
            "tr": "Buraya planın ne olduğunu, nerede ve kimin için olduğunu ve ne kadara mal olduğunu yazın.",
            "ar": "اكتب هنا ما هي الخطة، وأين ولمن، وكم تكلف.",
        ],
        .update: [
            "nl": "Schrijf hier wat er gebeurd is.",
            "en": "Write here what happened.",
            "tr": "Buraya ne olduğunu yazın.",
            "ar": "اكتب هنا ما حدث.",
        ],
    ]

    /// Written by earlier versions of `begroot new`.
    private static let earlier: Set<String> = ["Wat is het plan, waar en voor wie, en wat kost het?", "Wat is er gebeurd?"]

    private static let all: Set<String> = Set(texts.values.flatMap(\.values)).union(earlier)
    private static let longest = all.map(\.utf8.count).max() ?? 0
}
