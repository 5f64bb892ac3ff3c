namespace Mentoring.Domain;

/// <summary>
/// What the library adds to Ardalis.Result for its own checks: collecting the errors of several checks at once and
/// continuing after a check. Everything else is Ardalis.Result's own (<c>Map</c>, <c>Bind</c>, <c>IsSuccess</c>,
/// <c>Value</c>, <c>ValidationErrors</c>).
/// </summary>
/// <remarks>
/// A failure of this library is always <see cref="ResultStatus.Invalid"/> with one or more
/// <see cref="ValidationError"/>s from the catalogue (<see cref="DomainErrors"/>).
/// </remarks>
public static class ResultExtras
{
    /// <summary>Collects the errors of several checks: success only when every one succeeded.</summary>
    /// <param name="results">The checks.</param>
    /// <returns>Success, or an invalid result with all the errors in order.</returns>
    public static Result Combine(params IEnumerable<IResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var errors = results.SelectMany(r => r.ValidationErrors).ToArray();
        return errors.Length == 0 ? Result.Success() : Result.Invalid(errors);
    }

    /// <summary>Success when there are no errors, otherwise an invalid result with them.</summary>
    /// <param name="errors">The errors found.</param>
    /// <returns>The result.</returns>
    public static Result ToResult(this IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        return list.Length == 0 ? Result.Success() : Result.Invalid(list);
    }

    /// <summary>Drops the value, keeping success or the errors.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <returns>The result without a value.</returns>
    public static Result ToResult<T>(this Result<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? Result.Success() : Result.Invalid(result.ValidationErrors);
    }

    /// <summary>Turns a check into a result with a value, computed only on success.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The check.</param>
    /// <param name="value">Computes the value.</param>
    /// <returns>The value, or the check's errors.</returns>
    public static Result<T> Then<T>(this Result result, Func<T> value)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(value);
        return result.IsSuccess ? Result<T>.Success(value()) : Result<T>.Invalid(result.ValidationErrors);
    }

    /// <summary>Continues with an operation that may fail, only on success.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The check.</param>
    /// <param name="next">Computes the next result.</param>
    /// <returns>The next result, or the check's errors.</returns>
    public static Result<T> Then<T>(this Result result, Func<Result<T>> next)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(next);
        return result.IsSuccess ? next() : Result<T>.Invalid(result.ValidationErrors);
    }

    /// <summary>An invalid result with one error: <c>return error.Fail();</c> in a method that returns a result.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The invalid result (it converts to any <see cref="Result{T}"/>).</returns>
    public static Result Fail(this ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Result.Invalid(error);
    }

    /// <summary>Success when <paramref name="condition"/> holds, otherwise an invalid result with <paramref name="error"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="error">The error when it does not hold.</param>
    /// <returns>The result.</returns>
    public static Result Ensure(bool condition, ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return condition ? Result.Success() : Result.Invalid(error);
    }

    /// <summary>The value, or <paramref name="fallback"/> when the result is not a success.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="fallback">The value to use otherwise.</param>
    /// <returns>The value or the fallback.</returns>
    public static T ValueOr<T>(this Result<T> result, T fallback)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? result.Value : fallback;
    }
}
