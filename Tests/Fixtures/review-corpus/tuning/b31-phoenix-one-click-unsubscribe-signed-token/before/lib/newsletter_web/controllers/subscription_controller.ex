defmodule NewsletterWeb.SubscriptionController do
  use NewsletterWeb, :controller

  alias Newsletter.Subscriptions

  plug :require_authenticated_user

  def index(conn, _params) do
    user = conn.assigns.current_user
    subscriptions = Subscriptions.list_for_user(user)
    render(conn, :index, subscriptions: subscriptions)
  end

  def update(conn, %{"id" => id, "subscription" => attrs}) do
    user = conn.assigns.current_user
    subscription = Subscriptions.get_for_user!(user, id)

    case Subscriptions.update(subscription, attrs) do
      {:ok, _} ->
        conn
        |> put_flash(:info, "Preferences saved.")
        |> redirect(to: ~p"/subscriptions")

      {:error, changeset} ->
        conn
        |> put_status(:unprocessable_entity)
        |> render(:index, subscriptions: Subscriptions.list_for_user(user), changeset: changeset)
    end
  end

  def unsubscribe(conn, %{"id" => id}) do
    user = conn.assigns.current_user
    subscription = Subscriptions.get_for_user!(user, id)
    {:ok, _} = Subscriptions.unsubscribe(subscription, source: :account_page)

    conn
    |> put_flash(:info, "You have been unsubscribed from #{subscription.list.name}.")
    |> redirect(to: ~p"/subscriptions")
  end

  defp require_authenticated_user(conn, _opts) do
    if conn.assigns[:current_user] do
      conn
    else
      conn
      |> put_flash(:error, "You must log in to manage subscriptions.")
      |> redirect(to: ~p"/users/log_in")
      |> halt()
    end
  end
end
