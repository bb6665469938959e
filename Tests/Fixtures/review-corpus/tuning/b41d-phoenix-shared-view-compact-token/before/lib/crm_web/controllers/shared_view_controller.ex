defmodule CrmWeb.SharedViewController do
  @moduledoc """
  Opens a pipeline view that a teammate shared as a link.

  The link carries the filter set in the `v` query parameter so that it works
  without saving the view first.
  """
  use CrmWeb, :controller

  alias Crm.Pipeline
  alias Crm.Pipeline.Filters

  action_fallback CrmWeb.FallbackController

  def show(conn, %{"v" => encoded}) do
    with {:ok, raw} <- decode_view(encoded),
         {:ok, filters} <- Filters.cast(raw) do
      deals = Pipeline.list_deals(conn.assigns.current_scope, filters)
      render(conn, :show, deals: deals, filters: filters)
    else
      {:error, reason} ->
        conn
        |> put_flash(:error, "That shared link is no longer valid (#{inspect(reason)}).")
        |> redirect(to: ~p"/pipeline")
    end
  end

  defp decode_view(encoded) do
    with {:ok, json} <- Base.url_decode64(encoded, padding: false),
         {:ok, raw} <- Jason.decode(json) do
      {:ok, raw}
    else
      :error -> {:error, :bad_encoding}
      {:error, %Jason.DecodeError{}} -> {:error, :bad_json}
    end
  end
end
