// Matching: propose mentor–mentee pairs from the registries (базы наставников и наставляемых) of the case files of a
// municipality. Each file's registries become candidates; candidates of every organization are matched together
// (municipal reach); then one organization is matched under its edition, whose rules (caps, experience) bound it.
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Matching;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Matching;

var files = args.Length > 0 ? args : [Path.Combine(AppContext.BaseDirectory, "data", "argun-municipality.json")];
var asOf = new DateOnly(2024, 9, 1);

var mentors = new List<MentorCandidate>();
var mentees = new List<MenteeCandidate>();
var cases = new List<Mentoring.Domain.Cases.MentoringCase>();
foreach (var file in files)
{
    var read = CaseFile.Read(file);
    if (!read.IsSuccess)
    {
        read.ValidationErrors.ToList().ForEach(d => Console.Error.WriteLine(d.Describe()));
        return 2;
    }

    foreach (var @case in read.Value.Cases)
    {
        var (m, e) = MatchingCandidates.From(@case, asOf);
        mentors.AddRange(m);
        mentees.AddRange(e);
        cases.Add(@case);
    }
}

Console.WriteLine($"Candidates: {mentors.Count} mentor(s), {mentees.Count} mentee(s) from {cases.Count} organization(s)");

// 1. Across the municipality, at most two mentees per mentor.
var options = MatchingOptions.Create(maxMenteesPerMentor: 2, locality: MatchingLocality.Municipality).Value;
if (!Print(Matcher.Match(mentors, mentees, options)))
{
    return 1;
}

// 2. One organization under its edition: the edition's own limits apply on top of the preferences.
var edition = EditionCatalog.Bundled.Resolve("argun-2021", asOf).Value;
Console.WriteLine();
Console.WriteLine($"{cases[0].Organization.Id} under {edition.Edition.Id}:");
return Print(EditionMatching.Match(cases[0], edition)) ? 0 : 1;

static bool Print(Result<MatchingResult> matched)
{
    if (!matched.IsSuccess)
    {
        matched.ValidationErrors.ToList().ForEach(e => Console.Error.WriteLine(e.Describe()));   // e.g. MD0005: a record identifier used twice
        return false;
    }

    var result = matched.Value;
    foreach (var group in result.Groups)
    {
        foreach (var pair in group.Pairs)
        {
            Console.WriteLine($"  {pair.Mentor.Label} → {pair.Mentee.Label}: fit {pair.Total}");
            foreach (var criterion in pair.Criteria)
            {
                Console.WriteLine($"      {criterion}");
            }
        }
    }

    foreach (var unmatched in result.Unmatched)
    {
        Console.WriteLine($"  unmatched {unmatched.Mentee.Label}: {unmatched.ReasonEn}");
    }

    Console.WriteLine($"  total fit {result.TotalFit}, pairs considered {result.PairsConsidered}");
    return true;
}
