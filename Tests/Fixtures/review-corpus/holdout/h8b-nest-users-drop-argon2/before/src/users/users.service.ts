import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import * as argon2 from 'argon2';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}

  async register(dto: CreateUserDto): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    if (await this.repo.exists({ where: { email } })) {
      throw new ConflictException('email already registered');
    }
    const passwordHash = await argon2.hash(dto.password, { type: argon2.argon2id });
    return this.repo.save(this.repo.create({ email, displayName: dto.displayName, passwordHash }));
  }

  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.repo.findOne({ where: { email: email.trim().toLowerCase() } });
    if (!user || !(await argon2.verify(user.passwordHash, password))) {
      throw new UnauthorizedException();
    }
    return user;
  }
}
