defmodule ShopWeb.EmailPreferenceController do
  use ShopWeb, :controller

  alias Shop.Accounts
  alias Shop.Accounts.EmailPreference

  @unsubscribe_salt "email unsubscribe v1"
  @unsubscribe_max_age 60 * 60 * 24 * 60

  plug :require_authenticated_user when action in [:edit, :update]

  def edit(conn, _params) do
    user = conn.assigns.current_user
    prefs = Accounts.get_email_preference!(user)
    render(conn, :edit, changeset: EmailPreference.changeset(prefs, %{}))
  end

  @doc """
  Target of the List-Unsubscribe link in marketing email. Mail clients call it
  without a session, so the signed token is the only proof of who is asking.
  """
  def unsubscribe(conn, %{"token" => token}) do
    with {:ok, user_id} <-
           Phoenix.Token.verify(ShopWeb.Endpoint, @unsubscribe_salt, token, max_age: @unsubscribe_max_age),
         %Accounts.User{} = user <- Accounts.get_user(user_id),
         {:ok, _prefs} <- Accounts.unsubscribe_from_marketing(user) do
      render(conn, :unsubscribed)
    else
      _ ->
        conn
        |> put_status(:bad_request)
        |> render(:unsubscribe_invalid)
    end
  end

  def unsubscribe_token(%Accounts.User{id: id}) do
    Phoenix.Token.sign(ShopWeb.Endpoint, @unsubscribe_salt, id)
  end

  def update(conn, %{"email_preference" => attrs}) do
    user = conn.assigns.current_user
    prefs = Accounts.get_email_preference!(user)

    case Accounts.update_email_preference(prefs, attrs) do
      {:ok, _prefs} ->
        conn
        |> put_flash(:info, "Email preferences updated.")
        |> redirect(to: ~p"/account/email")

      {:error, %Ecto.Changeset{} = changeset} ->
        render(conn, :edit, changeset: changeset)
    end
  end

  defp require_authenticated_user(conn, _opts) do
    if conn.assigns[:current_user] do
      conn
    else
      conn
      |> put_flash(:error, "You must log in to access this page.")
      |> redirect(to: ~p"/users/log_in")
      |> halt()
    end
  end

  @doc false
  def marketing_categories do
    ~w(newsletter promotions product_updates)
  end
end
