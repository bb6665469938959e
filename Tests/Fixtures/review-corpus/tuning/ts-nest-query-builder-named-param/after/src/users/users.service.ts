import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
  ) {}

  async findById(id: number): Promise<User> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) {
      throw new NotFoundException(`user ${id} not found`);
    }
    return user;
  }

  async countActive(): Promise<number> {
    return this.users.count({ where: { active: true } });
  }

  async search(term: string, limit = 20): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.displayName'])
      .where('u.active = true')
      .andWhere('(u.email ILIKE :term OR u.displayName ILIKE :term)', { term: `%${term}%` })
      .orderBy('u.email')
      .limit(Math.min(limit, 100))
      .getMany();
  }
}
