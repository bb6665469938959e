defmodule Clinicbook.Patients do
  @moduledoc "Patient records, always scoped to a clinic."

  import Ecto.Query, warn: false
  alias Clinicbook.Repo
  alias Clinicbook.Patients.Patient

  def list_patients(clinic_id, opts \\ []) do
    limit = Keyword.get(opts, :limit, 50)

    Patient
    |> where([p], p.clinic_id == ^clinic_id)
    |> order_by([p], asc: p.last_name, asc: p.first_name)
    |> limit(^limit)
    |> Repo.all()
  end

  def get_patient!(clinic_id, id) do
    Repo.get_by!(Patient, id: id, clinic_id: clinic_id)
  end

  def create_patient(clinic_id, attrs) do
    %Patient{clinic_id: clinic_id}
    |> Patient.changeset(attrs)
    |> Repo.insert()
  end
end
