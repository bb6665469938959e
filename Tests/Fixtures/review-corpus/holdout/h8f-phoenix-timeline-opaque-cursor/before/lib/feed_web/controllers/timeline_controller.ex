defmodule FeedWeb.TimelineController do
  use FeedWeb, :controller

  alias Feed.Timeline

  @page_size 30

  action_fallback FeedWeb.FallbackController

  def index(conn, params) do
    user = conn.assigns.current_user
    before_id = parse_int(params["before_id"])

    posts = Timeline.for_user(user, before_id: before_id, limit: @page_size)

    render(conn, :index, posts: posts, next_cursor: next_cursor(posts))
  end

  defp next_cursor([]), do: nil
  defp next_cursor(posts), do: posts |> List.last() |> Map.fetch!(:id)

  defp parse_int(nil), do: nil

  defp parse_int(value) do
    case Integer.parse(value) do
      {int, ""} -> int
      _ -> nil
    end
  end
end
