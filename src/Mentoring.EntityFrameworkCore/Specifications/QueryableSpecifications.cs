using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.EntityFrameworkCore.Specifications;

/// <summary>
/// Applies an Ardalis specification to a query, so that its criteria become the query's WHERE, ORDER BY and paging and
/// run in the database.
/// </summary>
/// <remarks>
/// Ardalis.Specification's own package for EF Core is not used: this is its criteria, order and paging evaluators
/// (which the core package ships) and the tracking options. Includes and search criteria are not applied: the shipped
/// specifications have none, and a specification that has them is refused rather than half applied.
/// </remarks>
public static class QueryableSpecifications
{
    /// <summary>The query filtered, ordered and paged by the specification, translated by the query's provider.</summary>
    /// <typeparam name="T">The entity.</typeparam>
    /// <param name="source">The query, such as a <see cref="DbSet{TEntity}"/>.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query with the specification applied.</returns>
    /// <exception cref="NotSupportedException">The specification has includes or search criteria.</exception>
    public static IQueryable<T> WithSpecification<T>(this IQueryable<T> source, ISpecification<T> specification)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.IncludeExpressions.Any() || specification.IncludeStrings.Any() || specification.SearchCriterias.Any())
        {
            throw new NotSupportedException("Includes and search criteria are not applied by WithSpecification; the shipped specifications have none.");
        }

        var query = WhereEvaluator.Instance.GetQuery(source, specification);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        query = PaginationEvaluator.Instance.GetQuery(query, specification);
        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        else if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }
        else if (specification.AsTracking)
        {
            query = query.AsTracking();
        }

        if (specification.IgnoreQueryFilters)
        {
            query = query.IgnoreQueryFilters();
        }

        return query;
    }
}
