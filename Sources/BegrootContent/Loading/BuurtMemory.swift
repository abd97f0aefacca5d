import BegrootCore
import Foundation

/// What `serve` remembers between loads: every buurt as it was read, with its diagnostics, and
/// what later stages worked out from it (its checks, its translation counts, its pages), so that
/// after a save only the buurt whose files changed is read, checked and laid out again.
///
/// A buurt is a folder of its own (`content/buurten/<slug>/`) and reads nothing outside it but
/// `site.yaml`, so a changed path names the one buurt to forget; a changed `site.yaml`, or a change
/// the watcher cannot name, forgets them all. What shows a buurt (`Derived.readsPresentation`)
/// also reads the theme and the interface strings, so a change below `themes/` or `content/i18n/`
/// forgets that part of every buurt, and the site-wide values (the theme itself), too.
public final class BuurtMemory: @unchecked Sendable {
    private struct Kept {
        var value: any Sendable
        var readsPresentation: Bool
    }

    private struct Entry {
        var loaded: (Buurt?, Diagnostics)
        var derived: [String: Kept] = [:]
    }

    private let lock = NSLock()
    private var buurten: [String: Entry] = [:]
    /// Each plan and update as read from its files (by the files' paths, joined): a buurt read again
    /// after one plan changed reads that plan's files alone.
    private var documents: [String: (files: [String], value: any Sendable)] = [:]
    /// Worked out from the whole site's settings rather than one buurt: the theme.
    private var siteWide: [String: Kept] = [:]

    public init() {}

    /// Forgets what the changed `paths` (relative to the site folder) touch; nil: everything.
    public func forget(changed paths: Set<String>?) {
        lock.lock()
        defer { lock.unlock() }
        guard let paths else { return dropAll() }
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: true)
            if parts.count >= 3, parts[0] == "content", parts[1] == "buurten" {
                buurten[String(parts[2])] = nil
                // A file, or a folder of them: the documents read from it or from below it.
                let below = path.hasSuffix("/") ? path : path + "/"
                documents = documents.filter { _, document in !document.files.contains { $0 == path || $0.hasPrefix(below) } }
            } else if parts.first == "themes" || parts.count >= 2 && parts[0] == "content" && parts[1] == "i18n" {
                dropPresentation()
            } else if parts.first == "content", parts.count <= 2 || parts[1] != "pages" && parts[1] != "static" {
                // site.yaml, or content/ or content/buurten itself: the settings every buurt is read with.
                dropAll()
            }
        }
    }

    /// Forgets how every buurt is shown, keeping what was read: for a new day, which some pages show.
    public func forgetPresentation() {
        lock.lock()
        defer { lock.unlock() }
        dropPresentation()
    }

    private func dropAll() {
        buurten.removeAll()
        documents.removeAll()
        siteWide.removeAll()
    }

    private func dropPresentation() {
        for slug in buurten.keys { buurten[slug]!.derived = buurten[slug]!.derived.filter { !$0.value.readsPresentation } }
        siteWide = siteWide.filter { !$0.value.readsPresentation }
    }

    /// The remembered buurt `slug`, or `load()`'s, remembered from now on.
    func buurt(_ slug: String, load: () -> (Buurt?, Diagnostics)) -> (Buurt?, Diagnostics) {
        lock.lock()
        if let known = buurten[slug] {
            lock.unlock()
            return known.loaded
        }
        lock.unlock()
        let loaded = load()
        lock.lock()
        buurten[slug] = Entry(loaded: loaded)
        lock.unlock()
        return loaded
    }

    /// The document read from `files` (paths relative to the site folder), or `read()`'s, kept
    /// until one of the files changes.
    func document<Value: Sendable>(_ files: [String], read: () -> Value) -> Value {
        let key = files.joined(separator: "\n")
        lock.lock()
        if let kept = documents[key]?.value as? Value {
            lock.unlock()
            return kept
        }
        lock.unlock()
        let value = read()
        lock.lock()
        documents[key] = (files, value)
        lock.unlock()
        return value
    }

    /// `what` of the buurt `slug` as worked out from the buurt this memory holds, or `make()`'s,
    /// kept with the buurt from now on. Without a remembered buurt, `make()`'s is not kept.
    public func derived<Value: Sendable>(_ what: Derived<Value>, of slug: String, make: () -> Value) -> Value {
        lock.lock()
        if let kept = buurten[slug]?.derived[what.name]?.value as? Value {
            lock.unlock()
            return kept
        }
        lock.unlock()
        let value = make()
        lock.lock()
        buurten[slug]?.derived[what.name] = Kept(value: value, readsPresentation: what.readsPresentation)
        lock.unlock()
        return value
    }

    /// `what` for the whole site (the theme), or `make()`'s, kept until the settings change (or,
    /// when it `readsPresentation`, the theme or the strings).
    public func siteWide<Value: Sendable>(_ what: Derived<Value>, make: () -> Value) -> Value {
        lock.lock()
        if let kept = siteWide[what.name]?.value as? Value {
            lock.unlock()
            return kept
        }
        lock.unlock()
        let value = make()
        lock.lock()
        siteWide[what.name] = Kept(value: value, readsPresentation: what.readsPresentation)
        lock.unlock()
        return value
    }
}

extension BuurtMemory {
    /// `what` of `slug` from `memory` when there is one, else worked out now: the one call a stage
    /// makes, with or without `serve`.
    public static func derived<Value: Sendable>(
        _ what: Derived<Value>, of slug: String, in memory: BuurtMemory?, make: () -> Value
    ) -> Value {
        memory.map { $0.derived(what, of: slug, make: make) } ?? make()
    }
}

/// A name for something worked out from a buurt, and what it reads besides the buurt and
/// `site.yaml`: `readsPresentation` when the theme and the interface strings go into it too.
public struct Derived<Value: Sendable>: Sendable {
    public let name: String
    public let readsPresentation: Bool

    public init(_ name: String, readsPresentation: Bool) {
        self.name = name
        self.readsPresentation = readsPresentation
    }
}
