defmodule AcmeWeb.ReportController do
  use AcmeWeb, :controller

  alias Acme.Reports
  alias Acme.Reports.Filters

  plug :require_authenticated_user
  plug :put_view, html: AcmeWeb.ReportHTML, csv: AcmeWeb.ReportCSV

  @default_filters %{"range" => "30d", "group_by" => "day", "channels" => []}

  def index(conn, params) do
    user = conn.assigns.current_user

    with {:ok, raw} <- load_view(params),
         {:ok, filters} <- Filters.cast(raw) do
      rows = Reports.revenue(user.organization_id, filters)

      conn
      |> assign(:filters, filters)
      |> assign(:share_token, encode_view(raw))
      |> render(:index, rows: rows)
    else
      {:error, %Ecto.Changeset{} = changeset} ->
        conn
        |> put_flash(:error, "Those filters are not valid.")
        |> render(:index, rows: [], filters: @default_filters, changeset: changeset)

      {:error, :bad_view} ->
        conn
        |> put_flash(:error, "That saved view link is broken.")
        |> redirect(to: ~p"/reports")
    end
  end

  def export(conn, params) do
    user = conn.assigns.current_user

    with {:ok, raw} <- load_view(params),
         {:ok, filters} <- Filters.cast(raw) do
      csv = Reports.revenue_csv(user.organization_id, filters)

      conn
      |> put_resp_content_type("text/csv")
      |> put_resp_header("content-disposition", ~s(attachment; filename="revenue.csv"))
      |> send_resp(200, csv)
    else
      _ -> send_resp(conn, 422, "invalid filters")
    end
  end

  defp load_view(%{"view" => encoded}) when is_binary(encoded), do: decode_view(encoded)
  defp load_view(%{"filters" => raw}) when is_map(raw), do: {:ok, raw}
  defp load_view(_params), do: {:ok, @default_filters}

  defp encode_view(raw) do
    raw
    |> Jason.encode!()
    |> Base.url_encode64(padding: false)
  end

  defp decode_view(encoded) do
    with {:ok, json} <- Base.url_decode64(encoded, padding: false),
         {:ok, raw} when is_map(raw) <- Jason.decode(json) do
      {:ok, raw}
    else
      _ -> {:error, :bad_view}
    end
  end
end
