defmodule NewsletterWeb.SubscriptionController do
  use NewsletterWeb, :controller

  alias Newsletter.Subscriptions

  # RFC 8058 one-click links in emails: the token, not a session, proves who
  # is unsubscribing. Tokens are minted by Newsletter.Mailer with the same salt.
  @unsubscribe_salt "list-unsubscribe v1"
  @unsubscribe_max_age 60 * 60 * 24 * 60

  plug :require_authenticated_user when action not in [:one_click]

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

  def one_click(conn, %{"token" => token}) do
    with {:ok, subscription_id} <-
           Phoenix.Token.verify(NewsletterWeb.Endpoint, @unsubscribe_salt, token,
             max_age: @unsubscribe_max_age
           ),
         %{} = subscription <- Subscriptions.get(subscription_id),
         {:ok, _} <- Subscriptions.unsubscribe(subscription, source: :one_click) do
      conn
      |> put_status(:ok)
      |> render(:one_click_done, list_name: subscription.list.name)
    else
      _ ->
        conn
        |> put_status(:bad_request)
        |> render(:one_click_invalid)
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
