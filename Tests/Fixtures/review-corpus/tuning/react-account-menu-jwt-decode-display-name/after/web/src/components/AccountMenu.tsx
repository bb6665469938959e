import { jwtDecode } from "jwt-decode";
import { useMemo } from "react";
import { useSession } from "../session";

interface IdClaims {
  name: string;
  email: string;
}

export function AccountMenu() {
  const { idToken, signOut } = useSession();
  const claims = useMemo(() => (idToken ? jwtDecode<IdClaims>(idToken) : null), [idToken]);
  if (!claims) return null;
  return (
    <div className="account-menu">
      <span title={claims.email}>{claims.name}</span>
      <button onClick={signOut}>Sign out</button>
    </div>
  );
}