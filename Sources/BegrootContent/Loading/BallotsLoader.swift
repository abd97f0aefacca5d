import BegrootCore

/// Reads a round's ballot file (`ballots: ballots-2020.csv` in votes.yaml, beside it): a header row
/// `voter,plans`, then one row a voter — an id that names no one, and the slugs of the plans that
/// voter chose, separated by spaces or commas. Each ballot must name plans of the round, each once,
/// and no voter may appear twice; that the ballots add up to the round's results is checked with the
/// results (`BallotsLoader.check`).
enum BallotsLoader {
    /// A file name beside votes.yaml: no folder, no way out of the buurt's folder.
    static func isFileName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isLowercase || ("0"..."9").contains(first) else { return false }
        return name.hasSuffix(".csv") && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
        } && !name.contains("..")
    }

    static func load(_ name: Located<String>, folder: String, root: String, diagnostics: inout Diagnostics) -> Ballots? {
        guard isFileName(name.value) else {
            diagnostics.error(
                "'ballots' must name a .csv file beside votes.yaml, such as ballots-2020.csv (lowercase letters, digits, '-' and '.'), found '\(name.value)'",
                at: name.location)
            return nil
        }
        let path = folder + "/" + name.value
        guard FolderListing(root: root).exists(path) else {
            diagnostics.error("there is no ballot file '\(name.value)' beside votes.yaml", at: name.location)
            return nil
        }
        guard let table = CSVTable.read(path, in: root, diagnostics: &diagnostics) else { return nil }
        let names = table.header.map { $0.text.trimmedOfSpaces.lowercased() }
        guard names.count == 2, names[0] == "voter", names[1] == "plans" else {
            diagnostics.error("a ballot file's first row must be the header 'voter,plans'", at: table.header.first?.location ?? SourceLocation(file: path))
            return nil
        }
        var ballots: [Ballots.Ballot] = []
        var voters: [String: SourceLocation] = [:]
        for row in table.rows where row.count >= 1 {
            let voter = row[0].text.trimmedOfSpaces
            guard !voter.isEmpty else {
                diagnostics.error("a ballot needs a voter id (a number that names no one)", at: row[0].location)
                continue
            }
            // An id, not a name: it goes into open data, and a line break or ';' would break the file.
            guard voter.count <= 64, voter.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) else {
                diagnostics.error("a voter id may hold only the letters A–Z and a–z, digits, '-' and '_' (at most 64), such as 17: it is published, so it must name no one", at: row[0].location)
                continue
            }
            if let earlier = voters[voter] {
                diagnostics.error("the voter '\(voter)' has a ballot already, on line \(earlier.line); one ballot a voter", at: row[0].location)
                continue
            }
            voters[voter] = row[0].location
            guard row.count == 2 else {
                diagnostics.error("a ballot has two columns, the voter and the plans, found \(row.count)", at: row[0].location)
                continue
            }
            var plans: [String] = []
            for slug in row[1].text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) {
                if plans.contains(slug) {
                    diagnostics.error("the voter '\(voter)' chose '\(slug)' twice", at: row[1].location)
                    continue
                }
                plans.append(slug)
            }
            ballots.append(.init(voter: voter, plans: plans, location: row[1].location))
        }
        return Ballots(file: path, ballots: ballots)
    }

    /// The ballots against the round: every plan on a ballot is in the results, each plan's count of
    /// ballots is its votes, and there is a ballot for each voter the round counts.
    static func check(_ ballots: Ballots, against round: VotingRound, diagnostics: inout Diagnostics) {
        let known = Set(round.results.map(\.plan.value))
        var counted: [String: Int] = [:]
        var reported = Set<String>()
        for ballot in ballots.ballots {
            for plan in ballot.plans {
                if known.contains(plan) {
                    counted[plan, default: 0] += 1
                } else if reported.insert(plan).inserted {
                    diagnostics.error(
                        "the ballot of voter '\(ballot.voter)' chooses '\(plan)', which is not in this round's results"
                            + Suggestion.didYouMean(plan, in: Array(known)),
                        at: ballot.location)
                }
            }
        }
        for result in round.results where counted[result.plan.value, default: 0] != result.votes {
            diagnostics.error(
                "'\(result.plan.value)' has \(result.votes) votes here but \(counted[result.plan.value, default: 0]) in \(ballots.file); the ballots and the results must agree",
                at: result.plan.location)
        }
        if let voters = round.voters, voters.value != ballots.ballots.count {
            diagnostics.error("\(voters.value) voters, but \(ballots.file) holds \(ballots.ballots.count) ballots; one ballot a voter", at: voters.location)
        }
    }
}
