using FsCheck.Xunit;

namespace Mentoring.Domain.Tests.Results;

public sealed class ResultTests
{
    private static readonly Error Boom = Error.Create("TEST01", "boom", "бум", "field");
    private static readonly Error Bang = Error.Create("TEST02", "bang", "бах");

    [Fact]
    public void Success_WithValue_HasValueAndNoErrors()
    {
        var result = Result<int>.Success(42);

        Assert.True(result.IsSuccess);
        Assert.False(result.IsFailure);
        Assert.Equal(42, result.Value);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Value_OnFailure_ThrowsWithTheErrorInTheMessage()
    {
        Result<int> result = Boom;

        var ex = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("TEST01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_WithNoErrors_Throws()
    {
        Assert.Throws<ArgumentException>(() => Result<int>.Failure([]));
        Assert.Throws<ArgumentException>(() => Result.Failure([]));
    }

    [Fact]
    public void Combine_SeveralFailures_KeepsEveryErrorInOrder()
    {
        var combined = Result.Combine(Result.Success(), Result.Failure(Boom), Result.Failure(Bang));

        Assert.True(combined.IsFailure);
        Assert.Equal(["TEST01", "TEST02"], combined.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Combine_AllSuccesses_IsSuccess()
    {
        Assert.True(Result.Combine(Result.Success(), Result.Ensure(true, Boom)).IsSuccess);
    }

    [Fact]
    public void Ensure_PredicateFails_ReturnsTheError()
    {
        var result = Result<int>.Success(3).Ensure(v => v > 5, Boom);

        Assert.Equal(Boom, Assert.Single(result.Errors));
    }

    [Fact]
    public void Bind_OnFailure_DoesNotCallTheNextStep()
    {
        var called = false;
        Result<int> failed = Boom;

        var result = failed.Bind(v =>
        {
            called = true;
            return Result<string>.Success(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        Assert.False(called);
        Assert.Equal(Boom, Assert.Single(result.Errors));
    }

    [Fact]
    public void Then_OnSuccess_ComputesTheValue()
    {
        Assert.Equal(7, Result.Success().Then(() => 7).Value);
        Assert.True(Result.Failure(Boom).Then(() => 7).IsFailure);
    }

    [Property]
    public bool Map_FunctorLaws_Hold(int value, bool fail)
    {
        Result<int> result = fail ? Boom : value;
        Func<int, long> f = x => (long)x * 3;
        Func<long, string> g = x => x.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var identity = result.Map(x => x);
        var composed = result.Map(f).Map(g);
        var direct = result.Map(x => g(f(x)));

        return identity.IsSuccess == result.IsSuccess
            && (!result.IsSuccess || identity.Value == result.Value)
            && composed.IsSuccess == direct.IsSuccess
            && (!composed.IsSuccess || composed.Value == direct.Value)
            && composed.Errors.SequenceEqual(direct.Errors);
    }

    [Fact]
    public void Match_CallsTheBranchOfTheOutcome()
    {
        Assert.Equal("ok 1", Result<int>.Success(1).Match(v => $"ok {v}", e => "failed"));
        Assert.Equal("failed TEST01", ((Result<int>)Boom).Match(v => "ok", e => $"failed {e[0].Code}"));
    }

    [Fact]
    public void TryGetValue_ReportsSuccess()
    {
        Assert.True(Result<string>.Success("x").TryGetValue(out var value));
        Assert.Equal("x", value);
        Assert.False(((Result<string>)Boom).TryGetValue(out _));
    }
}
