import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import * as bcrypt from 'bcrypt';
import { Repository } from 'typeorm';

import { CreateUserDto } from './dto/create-user.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  private readonly saltRounds: number;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    config: ConfigService,
  ) {
    this.saltRounds = config.get<number>('BCRYPT_ROUNDS', 12);
  }

  async create(dto: CreateUserDto): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    if (await this.users.exist({ where: { email } })) {
      throw new ConflictException('Email already registered');
    }
    const user = this.users.create({
      email,
      displayName: dto.displayName,
      passwordHash: await this.hashPassword(dto.password),
    });
    return this.users.save(user);
  }

  async validateCredentials(email: string, password: string): Promise<User> {
    const user = await this.users.findOne({
      where: { email: email.trim().toLowerCase() },
      select: ['id', 'email', 'displayName', 'passwordHash', 'disabledAt'],
    });
    if (!user || user.disabledAt || !(await this.verifyPassword(password, user.passwordHash))) {
      throw new UnauthorizedException('Invalid email or password');
    }
    return user;
  }

  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = await this.users.findOneOrFail({
      where: { id: userId },
      select: ['id', 'passwordHash'],
    });
    if (!(await this.verifyPassword(current, user.passwordHash))) {
      throw new UnauthorizedException('Current password is incorrect');
    }
    await this.users.update(userId, { passwordHash: await this.hashPassword(next) });
  }

  private hashPassword(password: string): Promise<string> {
    return bcrypt.hash(password, this.saltRounds);
  }

  private verifyPassword(password: string, hash: string): Promise<boolean> {
    return bcrypt.compare(password, hash);
  }
}
