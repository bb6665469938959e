import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { Invite } from "./invite.entity";

const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

@Injectable()
export class InvitesService {
  constructor(@InjectRepository(Invite) private readonly invites: Repository<Invite>) {}

  async create(teamId: string, email: string): Promise<Invite> {
    const invite = this.invites.create({
      teamId,
      email,
      token: this.newToken(),
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    });
    return this.invites.save(invite);
  }

  private newToken(): string {
    return crypto.randomUUID();
  }
}