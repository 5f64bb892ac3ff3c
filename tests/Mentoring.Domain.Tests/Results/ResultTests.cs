using FsCheck.Xunit;

namespace Mentoring.Domain.Tests.Results;

/// <summary>The library's results are Ardalis results; these tests pin what the library adds (ResultExtras) and relies on.</summary>
public sealed class ResultTests
{
    private static readonly ValidationError Boom = DomainErrors.Create("TEST01", "boom", "бум", "field");
    private static readonly ValidationError Bang = DomainErrors.Create("TEST02", "bang", "бах");

    [Fact]
    public void Success_WithValue_HasValueAndNoErrors()
    {
        var result = Result<int>.Success(42);

        Assert.True(result.IsSuccess);
        Assert.Equal(ResultStatus.Ok, result.Status);
        Assert.Equal(42, result.Value);
        Assert.Empty(result.ValidationErrors);
    }

    [Fact]
    public void Fail_OneError_IsInvalidWithThatError()
    {
        Result<int> result = Boom.Fail();

        Assert.False(result.IsSuccess);
        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Same(Boom, Assert.Single(result.ValidationErrors));
    }

    [Fact]
    public void Combine_SeveralFailures_KeepsEveryErrorInOrder()
    {
        var combined = ResultExtras.Combine(Result.Success(), Result.Invalid(Boom), Result.Invalid(Bang));

        Assert.False(combined.IsSuccess);
        Assert.Equal(["TEST01", "TEST02"], combined.ValidationErrors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void Combine_AllSuccesses_IsSuccess()
    {
        Assert.True(ResultExtras.Combine(Result.Success(), ResultExtras.Ensure(true, Boom)).IsSuccess);
    }

    [Fact]
    public void Ensure_ConditionFails_ReturnsTheError()
    {
        var result = ResultExtras.Ensure(false, Boom);

        Assert.Same(Boom, Assert.Single(result.ValidationErrors));
    }

    [Fact]
    public void Bind_OnFailure_DoesNotCallTheNextStep()
    {
        var called = false;
        Result<int> failed = Boom.Fail();

        var result = failed.Bind(v =>
        {
            called = true;
            return Result<string>.Success(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        Assert.False(called);
        Assert.Same(Boom, Assert.Single(result.ValidationErrors));
    }

    [Fact]
    public void Then_OnSuccess_ComputesTheValue()
    {
        Assert.Equal(7, Result.Success().Then(() => 7).Value);
        Assert.False(Result.Invalid(Boom).Then(() => 7).IsSuccess);
    }

    [Fact]
    public void ToResult_OfAFailure_KeepsTheErrors()
    {
        Result<int> failed = Boom.Fail();

        Assert.Same(Boom, Assert.Single(failed.ToResult().ValidationErrors));
        Assert.True(Result<int>.Success(1).ToResult().IsSuccess);
    }

    [Fact]
    public void ValueOr_OnFailure_ReturnsTheFallback()
    {
        Result<int> failed = Boom.Fail();

        Assert.Equal(5, failed.ValueOr(5));
        Assert.Equal(1, Result<int>.Success(1).ValueOr(5));
    }

    [Property]
    public bool Map_FunctorLaws_Hold(int value, bool fail)
    {
        Result<int> result = fail ? Boom.Fail() : value;
        Func<int, long> f = x => (long)x * 3;
        Func<long, string> g = x => x.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var identity = result.Map(x => x);
        var composed = result.Map(f).Map(g);
        var direct = result.Map(x => g(f(x)));

        return identity.IsSuccess == result.IsSuccess
            && (!result.IsSuccess || identity.Value == result.Value)
            && composed.IsSuccess == direct.IsSuccess
            && (!composed.IsSuccess || composed.Value == direct.Value)
            && composed.ValidationErrors.SequenceEqual(direct.ValidationErrors);
    }
}
