using System.Collections.Concurrent;
using System.Globalization;
using Insights.Reporting.Definitions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.Extensions.Logging;

namespace Insights.Reporting.Formulas;

/// <summary>
/// Evaluates the "calculated column" formulas users type into the report designer,
/// e.g. <c>Row["revenue"] - Row["cost"]</c> or <c>Math.Round(Row["margin"] * 100, 1)</c>.
/// Compiled scripts are cached per formula text so a 50k-row report compiles once.
/// </summary>
public sealed class CalculatedColumnEvaluator : ICalculatedColumnEvaluator
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(FormulaGlobals).Assembly)
        .WithImports("System", "System.Linq", "System.IO", "System.Diagnostics", "System.Globalization");

    private readonly ConcurrentDictionary<string, ScriptRunner<object>> _compiled = new();
    private readonly ILogger<CalculatedColumnEvaluator> _logger;

    public CalculatedColumnEvaluator(ILogger<CalculatedColumnEvaluator> logger)
    {
        _logger = logger;
    }

    public async Task<IReadOnlyList<object?>> EvaluateAsync(
        CalculatedColumn column,
        IReadOnlyList<IReadOnlyDictionary<string, decimal>> rows,
        CancellationToken ct)
    {
        var runner = _compiled.GetOrAdd(column.Formula, Compile);
        var results = new List<object?>(rows.Count);

        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var globals = new FormulaGlobals(row, CultureInfo.InvariantCulture);
                results.Add(await runner(globals, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogDebug(ex, "Formula for column {Column} failed on a row", column.Name);
                results.Add(null);
            }
        }

        return results;
    }

    public FormulaValidationResult Validate(string formula)
    {
        var script = CSharpScript.Create<object>(formula, Options, typeof(FormulaGlobals));
        var diagnostics = script.Compile();
        var errors = diagnostics
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => d.GetMessage(CultureInfo.InvariantCulture))
            .ToList();

        return errors.Count == 0 ? FormulaValidationResult.Ok() : FormulaValidationResult.Invalid(errors);
    }

    private ScriptRunner<object> Compile(string formula)
    {
        _logger.LogInformation("Compiling calculated column formula ({Length} chars)", formula.Length);
        return CSharpScript.Create<object>(formula, Options, typeof(FormulaGlobals)).CreateDelegate();
    }
}

public sealed class FormulaGlobals
{
    public FormulaGlobals(IReadOnlyDictionary<string, decimal> row, CultureInfo culture)
    {
        Row = row;
        Culture = culture;
    }

    public IReadOnlyDictionary<string, decimal> Row { get; }

    public CultureInfo Culture { get; }
}
