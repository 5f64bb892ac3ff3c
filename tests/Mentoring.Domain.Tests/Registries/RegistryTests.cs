using Mentoring.Domain.Forms;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Registries;

public class RegistryTests
{
    [Fact]
    public void MentorRecord_Complete_HasNoMissingFields() => Assert.Empty(new MentorRecordBuilder().Build().MissingFields());

    [Fact]
    public void MentorRecord_OnlyId_MissesEveryCatalogueField()
    {
        var record = MentorRecord.Create(RegistryRecordId.Create("m-9").Value).Value;

        Assert.Equal(Enum.GetValues<MentorRecordField>(), record.MissingFields());
    }

    [Fact]
    public void MentorRecord_NameAndCaseLinkMissing_ListsThem() =>
        Assert.Equal(
            [MentorRecordField.FullName, MentorRecordField.CaseLink],
            new MentorRecordBuilder().WithFullName(" ").WithCaseLink(null).Build().MissingFields());

    [Fact]
    public void MentorRecord_CompletionBeforeEntry_FailsWithMD0004AtCompletionDate()
    {
        var error = Assert.Single(new MentorRecordBuilder().WithDates(new DateOnly(2023, 9, 1), new DateOnly(2023, 8, 1)).TryBuild().ValidationErrors);

        Assert.Equal("MD0004", error.ErrorCode);
        Assert.Equal("completionDate", error.Identifier);
    }

    [Fact]
    public void MentorRecord_UndefinedForm_FailsWithMD0008() =>
        Assert.Equal("MD0008", Assert.Single(MentorRecord.Create(RegistryRecordId.Create("m").Value, form: (MentoringForm)0).ValidationErrors).ErrorCode);

    [Fact]
    public void MenteeRecord_Complete_HasNoMissingFieldsAndIsPaired()
    {
        var record = new MenteeRecordBuilder().Build();

        Assert.Empty(record.MissingFields());
        Assert.False(record.IsUnpaired);
    }

    [Fact]
    public void MenteeRecord_WithoutMentorAndMark_IsUnpairedAndListsThem()
    {
        var record = new MenteeRecordBuilder().WithMentor(null).WithCompletionMark(null).Build();

        Assert.True(record.IsUnpaired);
        Assert.Equal([MenteeRecordField.MentorName, MenteeRecordField.CompletionMark], record.MissingFields());
    }

    [Fact]
    public void MenteeRecord_BirthYearOutOfRange_FailsWithMD0006()
    {
        var error = Assert.Single(new MenteeRecordBuilder().WithBirthYear(1800).TryBuild().ValidationErrors);

        Assert.Equal("MD0006", error.ErrorCode);
        Assert.Equal("birthYear", error.Identifier);
    }

    [Fact]
    public void MenteeRecord_SupportWhileUnpaired_IsKept() =>
        Assert.Equal("консультации куратора", MenteeRecord.Create(RegistryRecordId.Create("e").Value, supportWhileUnpaired: "консультации куратора").Value.SupportWhileUnpaired);

    [Fact]
    public void AgeRange_Valid_ContainsInclusiveAndOpenEnds()
    {
        var closed = AgeRange.Create(10, 14).Value;
        var open = AgeRange.Create(null, 35).Value;

        Assert.True(closed.Contains(10) && closed.Contains(14) && !closed.Contains(15));
        Assert.True(open.Contains(1) && !open.Contains(36));
    }

    [Fact]
    public void AgeRange_Inverted_FailsWithMD0701() =>
        Assert.Equal("MD0701", Assert.Single(AgeRange.Create(18, 10).ValidationErrors).ErrorCode);

    [Fact]
    public void AgeRange_BothMissing_FailsWithMD0007() =>
        Assert.Equal("MD0007", Assert.Single(AgeRange.Create(null, null).ValidationErrors).ErrorCode);

    [Fact]
    public void AgeRange_Negative_FailsWithMD0006AtMin() =>
        Assert.Equal("preferredMenteeAge.min", Assert.Single(AgeRange.Create(-1, 10).ValidationErrors).Identifier);

    [Fact]
    public void TimeResource_Empty_FailsWithMD0702() =>
        Assert.Equal("MD0702", Assert.Single(TimeResource.Create(null, " ").ValidationErrors).ErrorCode);

    [Fact]
    public void TimeResource_TooManyHours_FailsWithMD0006() =>
        Assert.Equal("timeAvailable.hoursPerWeek", Assert.Single(TimeResource.Create(200m).ValidationErrors).Identifier);

    [Fact]
    public void TimeResource_TextOnly_IsValid() =>
        Assert.Equal("по договорённости", TimeResource.Create(null, "по договорённости").Value.Text);

    [Fact]
    public void MentorRegistry_DuplicateIds_FailsWithMD0005NamingId()
    {
        var result = MentorRegistry.Create(SampleIds.Organization(), [new MentorRecordBuilder().Build(), new MentorRecordBuilder().Build()]);

        var error = Assert.Single(result.ValidationErrors);
        Assert.Equal("MD0005", error.ErrorCode);
        Assert.Equal("records", error.Identifier);
        Assert.Contains("m-1", error.ErrorMessage);
    }

    [Fact]
    public void MentorRegistry_Add_NewIdAcceptedDuplicateRefused()
    {
        var registry = MentorRegistry.Create(SampleIds.Organization(), [new MentorRecordBuilder().Build()]).Value;

        Assert.True(registry.Add(new MentorRecordBuilder().WithId("m-2").Build()).IsSuccess);
        Assert.Equal("MD0005", Assert.Single(registry.Add(new MentorRecordBuilder().WithId("m-2").Build()).ValidationErrors).ErrorCode);
        Assert.Equal(2, registry.Records.Count);
        Assert.NotNull(registry.Find(RegistryRecordId.Create("m-2").Value));
    }

    [Fact]
    public void MenteeRegistry_Unpaired_ListsRecordsWithoutMentor()
    {
        var registry = MenteeRegistry.Create(
            SampleIds.Organization(),
            [new MenteeRecordBuilder().Build(), new MenteeRecordBuilder().WithId("e-2").WithMentor(null).Build()]).Value;

        Assert.Equal(["e-2"], registry.Unpaired.Select(r => r.Id.Value));
    }

    [Fact]
    public void MenteeRegistry_DuplicateIds_FailsWithMD0005() =>
        Assert.Equal("MD0005", Assert.Single(MenteeRegistry.Create(SampleIds.Organization(), [new MenteeRecordBuilder().Build(), new MenteeRecordBuilder().Build()]).ValidationErrors).ErrorCode);

    [Fact]
    public void MenteeRegistry_AddDuplicate_FailsWithMD0005()
    {
        var registry = MenteeRegistry.Create(SampleIds.Organization(), [new MenteeRecordBuilder().Build()]).Value;

        Assert.Equal("MD0005", Assert.Single(registry.Add(new MenteeRecordBuilder().Build()).ValidationErrors).ErrorCode);
    }

    [Theory]
    [InlineData("Основные компетенции наставника", MentorRecordField.Competences)]
    [InlineData("Ресурс времени на программу наставничества", MentorRecordField.TimeAvailable)]
    [InlineData("Ссылка на кейс/отзыв наставника", MentorRecordField.CaseLink)]
    public void MentorFields_ParseSeedHeading_GivesField(string heading, MentorRecordField expected) =>
        Assert.Equal(expected, MentorRecordFields.Vocabulary.Parse(heading).Value);

    [Theory]
    [InlineData("Год рождения наставляемого", MenteeRecordField.BirthYear)]
    [InlineData("Отметка о прохождении программы", MenteeRecordField.CompletionMark)]
    [InlineData("Место работы наставника", MenteeRecordField.MentorWorkplace)]
    public void MenteeFields_ParseSeedHeading_GivesField(string heading, MenteeRecordField expected) =>
        Assert.Equal(expected, MenteeRecordFields.Vocabulary.Parse(heading).Value);
}
