defmodule Beacon.Analytics.Reports do
  @moduledoc """
  Aggregated page-view reports shown on the account dashboard.
  """

  import Ecto.Query, warn: false

  alias Beacon.Repo
  alias Beacon.Analytics.PageView

  @doc "Daily view counts for an account over the last `days` days."
  def daily_views(account_id, days \\ 30) do
    since = DateTime.add(DateTime.utc_now(), -days * 86_400, :second)

    from(v in PageView,
      where: v.account_id == ^account_id and v.inserted_at >= ^since,
      group_by: fragment("date_trunc('day', ?)", v.inserted_at),
      order_by: fragment("date_trunc('day', ?)", v.inserted_at),
      select: %{day: fragment("date_trunc('day', ?)", v.inserted_at), views: count(v.id)}
    )
    |> Repo.all()
  end
end
