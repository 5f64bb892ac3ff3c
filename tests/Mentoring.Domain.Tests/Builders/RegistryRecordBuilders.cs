using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A complete mentor record by default (every catalogue field present).</summary>
public sealed class MentorRecordBuilder
{
    private string _id = "m-1";
    private string? _fullName = "Иванова Мария Петровна";
    private DateOnly? _entry = new(2023, 9, 1);
    private DateOnly? _completion = new(2024, 5, 31);
    private string? _caseLink = "https://school.example/case/1";

    public MentorRecordBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public MentorRecordBuilder WithFullName(string? name)
    {
        _fullName = name;
        return this;
    }

    public MentorRecordBuilder WithDates(DateOnly? entry, DateOnly? completion)
    {
        _entry = entry;
        _completion = completion;
        return this;
    }

    public MentorRecordBuilder WithCaseLink(string? link)
    {
        _caseLink = link;
        return this;
    }

    public Result<MentorRecord> TryBuild() => MentorRecord.Create(
        RegistryRecordId.Create(_id).Value,
        fullName: _fullName,
        workplace: "МБОУ СОШ № 1",
        competences: ["математика", "ИКТ"],
        achievements: "победитель конкурса «Учитель года»",
        interests: "робототехника",
        preferredMenteeAge: AgeRange.Create(22, 35).Value,
        timeAvailable: TimeResource.Create(2m, "2 часа в неделю").Value,
        entryDate: _entry,
        mentees: ["Петров Пётр Петрович"],
        form: MentoringForm.TeacherTeacher,
        menteeWorkplace: "МБОУ СОШ № 1",
        completionDate: _completion,
        results: "программа выполнена",
        caseLink: _caseLink);

    public MentorRecord Build() => TryBuild().Value;
}

/// <summary>A complete mentee record by default (every catalogue field present).</summary>
public sealed class MenteeRecordBuilder
{
    private string _id = "e-1";
    private string? _mentorName = "Иванова Мария Петровна";
    private int? _birthYear = 1999;
    private string? _completionMark = "прошёл";

    public MenteeRecordBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public MenteeRecordBuilder WithMentor(string? name)
    {
        _mentorName = name;
        return this;
    }

    public MenteeRecordBuilder WithBirthYear(int? year)
    {
        _birthYear = year;
        return this;
    }

    public MenteeRecordBuilder WithCompletionMark(string? mark)
    {
        _completionMark = mark;
        return this;
    }

    public Result<MenteeRecord> TryBuild() => MenteeRecord.Create(
        RegistryRecordId.Create(_id).Value,
        fullName: "Петров Пётр Петрович",
        birthYear: _birthYear,
        mainRequest: "дисциплина на уроке",
        entryDate: new DateOnly(2023, 9, 1),
        mentorName: _mentorName,
        form: MentoringForm.TeacherTeacher,
        mentorWorkplace: "МБОУ СОШ № 1",
        completionDate: new DateOnly(2024, 5, 31),
        results: "уверенное ведение уроков",
        caseLink: "https://school.example/case/2",
        completionMark: _completionMark);

    public MenteeRecord Build() => TryBuild().Value;
}
