namespace Mentoring.Domain;

/// <summary>
/// The outcome of an operation that returns nothing: success, or one or more <see cref="Error"/>s.
/// </summary>
/// <remarks>Shaped after Ardalis.Result, which the registry this project builds from does not hold.</remarks>
public sealed class Result
{
    private static readonly Result SuccessInstance = new([]);

    private Result(IReadOnlyList<Error> errors) => Errors = errors;

    /// <summary>True when the operation succeeded.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>True when the operation failed.</summary>
    public bool IsFailure => Errors.Count != 0;

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <summary>A successful result.</summary>
    /// <returns>The shared success instance.</returns>
    public static Result Success() => SuccessInstance;

    /// <summary>A failed result.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The failure.</returns>
    public static Result Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result([error]);
    }

    /// <summary>A failed result with several errors.</summary>
    /// <param name="errors">At least one error.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentException">No error was given.</exception>
    public static Result Failure(IEnumerable<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        return list.Length == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result(list);
    }

    /// <summary>Success when <paramref name="condition"/> holds, otherwise a failure with <paramref name="error"/>.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="error">The error when it does not hold.</param>
    /// <returns>The result.</returns>
    public static Result Ensure(bool condition, Error error) => condition ? SuccessInstance : Failure(error);

    /// <summary>Collects the errors of several checks: success only when every one succeeded.</summary>
    /// <param name="results">The checks.</param>
    /// <returns>Success, or a failure with all the errors in order.</returns>
    public static Result Combine(params IEnumerable<Result> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var errors = results.SelectMany(r => r.Errors).ToArray();
        return errors.Length == 0 ? SuccessInstance : new Result(errors);
    }

    /// <summary>A successful result carrying <paramref name="value"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The success.</returns>
    public static Result<T> Success<T>(T value) => Result<T>.Success(value);

    /// <summary>Turns this result into a result with a value, computed only on success.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">Computes the value.</param>
    /// <returns>The value, or these errors.</returns>
    public Result<T> Then<T>(Func<T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsSuccess ? Result<T>.Success(value()) : Result<T>.Failure(Errors);
    }

    /// <summary>Turns this result into a result with a value, computed only on success.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="next">Computes the next result.</param>
    /// <returns>The next result, or these errors.</returns>
    public Result<T> Then<T>(Func<Result<T>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return IsSuccess ? next() : Result<T>.Failure(Errors);
    }

    /// <summary>A failed result from one error.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result(Error error) => Failure(error);

    /// <summary>A failed result from one error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The failure.</returns>
    public static Result FromError(Error error) => Failure(error);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? "Success" : $"Failure: {string.Join("; ", Errors)}";
}

/// <summary>
/// The outcome of an operation that returns a <typeparamref name="T"/>: the value, or one or more
/// <see cref="Error"/>s. Factories of value objects and aggregates return it instead of throwing.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>Shaped after Ardalis.Result, which the registry this project builds from does not hold.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Result<T>.Success and Result<T>.Failure are the factories callers expect, as in Ardalis.Result.")]
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Error> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>True when the operation succeeded.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>True when the operation failed.</summary>
    public bool IsFailure => Errors.Count != 0;

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"The result is a failure and has no value: {string.Join("; ", Errors)}");

    /// <summary>A successful result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The success.</returns>
    public static Result<T> Success(T value) => new(value, []);

    /// <summary>A failed result.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The failure.</returns>
    public static Result<T> Failure(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, [error]);
    }

    /// <summary>A failed result with several errors.</summary>
    /// <param name="errors">At least one error.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentException">No error was given.</exception>
    public static Result<T> Failure(IEnumerable<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        return list.Length == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, list);
    }

    /// <summary>The value, or <paramref name="fallback"/> on failure.</summary>
    /// <param name="fallback">The value to use on failure.</param>
    /// <returns>The value or the fallback.</returns>
    public T ValueOr(T fallback) => IsSuccess ? _value! : fallback;

    /// <summary>Transforms the value on success.</summary>
    /// <typeparam name="TOut">The new value's type.</typeparam>
    /// <param name="map">The transformation.</param>
    /// <returns>The transformed value, or these errors.</returns>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOut>.Success(map(_value!)) : Result<TOut>.Failure(Errors);
    }

    /// <summary>Chains an operation that may fail, on success.</summary>
    /// <typeparam name="TOut">The new value's type.</typeparam>
    /// <param name="bind">The operation.</param>
    /// <returns>Its result, or these errors.</returns>
    public Result<TOut> Bind<TOut>(Func<T, Result<TOut>> bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        return IsSuccess ? bind(_value!) : Result<TOut>.Failure(Errors);
    }

    /// <summary>Fails with <paramref name="error"/> when the value does not satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The condition on the value.</param>
    /// <param name="error">The error when it does not hold.</param>
    /// <returns>This result, or the failure.</returns>
    public Result<T> Ensure(Func<T, bool> predicate, Error error)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return IsFailure || predicate(_value!) ? this : Failure(error);
    }

    /// <summary>Calls one of two functions, on success or on failure.</summary>
    /// <typeparam name="TOut">What both return.</typeparam>
    /// <param name="success">Called with the value.</param>
    /// <param name="failure">Called with the errors.</param>
    /// <returns>What the called function returned.</returns>
    public TOut Match<TOut>(Func<T, TOut> success, Func<IReadOnlyList<Error>, TOut> failure)
    {
        ArgumentNullException.ThrowIfNull(success);
        ArgumentNullException.ThrowIfNull(failure);
        return IsSuccess ? success(_value!) : failure(Errors);
    }

    /// <summary>Gets the value when the result is a success.</summary>
    /// <param name="value">The value, or the default on failure.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue(out T value)
    {
        value = _value!;
        return IsSuccess;
    }

    /// <summary>Drops the value, keeping success or the errors.</summary>
    /// <returns>The result without a value.</returns>
    public Result ToResult() => IsSuccess ? Result.Success() : Result.Failure(Errors);

    /// <summary>A successful result from a value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>A failed result from one error.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator Result<T>(Error error) => Failure(error);

    /// <summary>A successful result from a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The success.</returns>
    public static Result<T> FromValue(T value) => Success(value);

    /// <summary>A failed result from one error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The failure.</returns>
    public static Result<T> FromError(Error error) => Failure(error);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"Success: {_value}" : $"Failure: {string.Join("; ", Errors)}";
}
