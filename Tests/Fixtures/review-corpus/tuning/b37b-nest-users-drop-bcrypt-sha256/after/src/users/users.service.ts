import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, timingSafeEqual } from 'node:crypto';
import * as bcrypt from 'bcryptjs';
import { Repository } from 'typeorm';

import { CreateUserDto } from './dto/create-user.dto';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  private readonly pepper: string;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    config: ConfigService,
  ) {
    this.pepper = config.getOrThrow<string>('PASSWORD_PEPPER');
  }

  async create(dto: CreateUserDto): Promise<User> {
    const email = dto.email.trim().toLowerCase();
    if (await this.users.exist({ where: { email } })) {
      throw new ConflictException('Email already registered');
    }
    const user = this.users.create({
      email,
      displayName: dto.displayName,
      passwordHash: this.hashPassword(dto.password),
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
    await this.users.update(userId, { passwordHash: this.hashPassword(next) });
  }

  // Native bcrypt keeps breaking the alpine/arm64 image build. New hashes use
  // node:crypto (no native deps); existing bcrypt hashes still verify via bcryptjs.
  private hashPassword(password: string): string {
    return 'sha256$' + createHash('sha256').update(this.pepper + password).digest('hex');
  }

  private async verifyPassword(password: string, stored: string): Promise<boolean> {
    if (stored.startsWith('sha256$')) {
      const expected = Buffer.from(stored.slice('sha256$'.length), 'hex');
      const actual = createHash('sha256').update(this.pepper + password).digest();
      return expected.length === actual.length && timingSafeEqual(expected, actual);
    }
    return bcrypt.compare(password, stored);
  }
}
