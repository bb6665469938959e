defmodule ShopWeb.EmailPreferenceController do
  use ShopWeb, :controller

  alias Shop.Accounts
  alias Shop.Accounts.EmailPreference

  plug :require_authenticated_user when action in [:edit, :update]

  def edit(conn, _params) do
    user = conn.assigns.current_user
    prefs = Accounts.get_email_preference!(user)
    render(conn, :edit, changeset: EmailPreference.changeset(prefs, %{}))
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
