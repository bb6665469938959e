defmodule Insights.Exports do
  @moduledoc """
  Turns a saved dashboard into a downloadable file.

  Formats are implemented as modules under `Insights.Exports.*` that all
  implement the `Insights.Exports.Format` behaviour. The controller passes
  the `format` query param through unchanged; it is resolved here against a
  fixed table, so unknown values never become module names or atoms.
  """

  alias Insights.Dashboards.Dashboard
  alias Insights.Exports.{CSV, JSONLines, XLSX, PDF}

  @formats %{
    "csv" => CSV,
    "jsonl" => JSONLines,
    "xlsx" => XLSX,
    "pdf" => PDF
  }

  @type result :: %{filename: String.t(), content_type: String.t(), body: iodata()}

  @doc "Format keys offered in the export menu."
  @spec formats() :: [String.t()]
  def formats, do: @formats |> Map.keys() |> Enum.sort()

  @spec export(Dashboard.t(), String.t(), keyword()) :: {:ok, result} | {:error, :unknown_format | term()}
  def export(%Dashboard{} = dashboard, format, opts \\ []) when is_binary(format) do
    with {:ok, module} <- Map.fetch(@formats, String.downcase(format)) |> normalize_fetch(),
         rows = Insights.Dashboards.materialize(dashboard, Keyword.take(opts, [:from, :to])),
         {:ok, body} <- apply(module, :render, [dashboard, rows, opts]) do
      {:ok,
       %{
         filename: filename(dashboard, module.extension()),
         content_type: module.content_type(),
         body: body
       }}
    end
  end

  defp normalize_fetch({:ok, module}), do: {:ok, module}
  defp normalize_fetch(:error), do: {:error, :unknown_format}

  defp filename(%Dashboard{slug: slug}, extension) do
    date = Date.utc_today() |> Date.to_iso8601()
    "#{slug}-#{date}.#{extension}"
  end
end
