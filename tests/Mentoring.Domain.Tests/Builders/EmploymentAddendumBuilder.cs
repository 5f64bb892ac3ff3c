using Mentoring.Domain.Calendar;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Forms;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>A complete addendum by default: signed 2025-03-10, content, term 2025-03-10..2026-03-09, teacher – teacher, 5000 rubles.</summary>
public sealed class EmploymentAddendumBuilder
{
    private DateOnly _signedOn = new(2025, 3, 10);
    private string? _content = "наставничество над молодым специалистом";
    private DateRange? _term = DateRange.Create(new DateOnly(2025, 3, 10), new DateOnly(2026, 3, 9)).Value;
    private MentoringForm? _form = MentoringForm.TeacherTeacher;
    private decimal? _pay = 5000m;

    public EmploymentAddendumBuilder SignedOn(DateOnly date)
    {
        _signedOn = date;
        return this;
    }

    public EmploymentAddendumBuilder WithContent(string? content)
    {
        _content = content;
        return this;
    }

    public EmploymentAddendumBuilder WithTerm(DateRange? term)
    {
        _term = term;
        return this;
    }

    public EmploymentAddendumBuilder WithForm(MentoringForm? form)
    {
        _form = form;
        return this;
    }

    public EmploymentAddendumBuilder WithPay(decimal? pay)
    {
        _pay = pay;
        return this;
    }

    public Result<EmploymentAddendum> BuildResult() =>
        EmploymentAddendum.Create(SampleIds.Document("addendum-1"), SampleIds.Person("t-1"), _signedOn, _content, _term, _form, _pay);

    public EmploymentAddendum Build() => BuildResult().Value;
}
